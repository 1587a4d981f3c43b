import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addresses, streets } from "../../db/schema/index.js";
import { type Database, rows as rowsOf } from "../../platform/db.js";
import { projectRoot } from "../../platform/paths.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { segmentsOf } from "./addresses.geocode.js";
import { fractionOf, rangeHolds, sharedNodes } from "./addresses.geometry.js";
import { geocode, importAddresses, type Segment, searchAddresses, sideOf } from "./index.js";

const DIR = path.join(projectRoot(), "..", "shared", "data", "addresses", "cambridge_ma");
const present = existsSync(DIR);
if (!present) console.warn(`Skipping the Cambridge address import: ${DIR} is absent (CI has it).`);
const file = (name: string) => path.join(DIR, name);
/** Geocoding checks: every address and corner on PostgreSQL; on PGlite, which is slower, every 4th (fixed). */
const STEP = DB_KIND === "postgres" ? 1 : 4;

let database: Database;
let rejectsFile: string;
const run = () =>
  importAddresses(database.db, {
    csvFile: file("master_address_list_2021-06-14.csv"),
    centerlinesFile: file("street_centerlines.geojson"),
    blocksFile: file("master_address_blocks.geojson"),
    rejectsFile,
  });
let first: Awaited<ReturnType<typeof run>>;

beforeAll(async () => {
  if (!present) return;
  database = await freshDatabase();
  rejectsFile = path.join(mkdtempSync(path.join(tmpdir(), "civic311-addresses-")), "rejects.csv");
  first = await run();
}, 120_000);
afterAll(() => database?.close());

const holds = (s: Segment, n: number) =>
  rangeHolds(s.leftFrom, s.leftTo, n) || rangeHolds(s.rightFrom, s.rightTo, n);

describe.skipIf(!present)(`Cambridge, MA address import and geocoding on ${DB_KIND}`, () => {
  it("imports exact counts, rejects with reasons, and changes nothing when run again", async () => {
    expect(first).toEqual({
      segments: { imported: 2642, rejected: 1 },
      addresses: {
        rows: 24099,
        imported: 21653,
        rejected: {
          "repeats an earlier row's source id": 1320,
          "street has no centerline": 367,
          "number outside its street's centerline ranges": 759,
        },
      },
    });
    const rejects = readFileSync(rejectsFile, "utf8").trim().split("\r\n");
    expect(rejects).toHaveLength(1 + 1 + 1320 + 367 + 759);
    expect(rejects[0]).toBe("file,row,reason,source");
    const before = await database.db.select().from(addresses).orderBy(asc(addresses.id));
    expect(await run()).toEqual(first);
    const [{ n }] = (await database.db.select({ n: count() }).from(streets)) as [{ n: number }];
    expect(n).toBe(2642);
    expect(await database.db.select().from(addresses).orderBy(asc(addresses.id))).toEqual(before);
    const antrim = before.find((a) => a.fullAddress === "24-R Antrim St");
    expect(antrim).toMatchObject({ number: "24-R", streetName: "Antrim St", city: "Cambridge", state: "MA" });
    expect(antrim!.zip).toMatch(/^0213\d$/);
    expect(before.filter((a) => a.district !== null).length).toBeGreaterThan(before.length * 0.9);
  }, 120_000);

  it("resolves every listed address whose street has centerlines onto a segment of that street holding its number", async () => {
    const all = await database.db
      .select({
        id: addresses.id,
        full: addresses.fullAddress,
        number: addresses.number,
        street: addresses.streetName,
      })
      .from(addresses)
      .orderBy(asc(addresses.id));
    // Every imported address, on both databases: its segment is on its street and holds its number.
    const misplaced = await rowsOf(
      database.db,
      sql`
      select a.full_address from addresses a join streets s on s.id = a.street_id
      where s.name <> a.street_name or not (
        substring(a.number from '^\\d+')::int between least(s.left_from, s.left_to) and greatest(s.left_from, s.left_to)
        or substring(a.number from '^\\d+')::int between least(s.right_from, s.right_to) and greatest(s.right_from, s.right_to))`,
    );
    expect(misplaced).toEqual([]);
    const [{ placed }] = (await database.db
      .select({ placed: count(addresses.streetId) })
      .from(addresses)) as [{ placed: number }];
    expect(placed).toBe(all.length);
    const segments = new Map<string, Segment[]>();
    let checked = 0;
    for (let i = 0; i < all.length; i += STEP) {
      const a = all[i]!;
      if (!segments.has(a.street)) segments.set(a.street, await segmentsOf(database.db, a.street));
      const found = await geocode(database.db, a.full);
      // The same address may be listed under more than one source id: any of them is the address.
      expect(found, a.full).toMatchObject({ kind: "address", label: a.full });
      const segment = segments
        .get(a.street)!
        .find((s) => s.id === (found as { segmentId: number }).segmentId);
      expect(segment?.name, a.full).toBe(a.street);
      expect(holds(segment!, Number.parseInt(a.number, 10)), a.full).toBe(true);
      checked++;
    }
    console.log(
      `${DB_KIND}: ${checked} of ${all.length} listed addresses geocoded onto a segment holding the number`,
    );
    expect(checked).toBe(Math.ceil(all.length / STEP));
  }, 120_000);

  it("places a number not in the list between its listed neighbours, on their side of the street", async () => {
    const all = await database.db
      .select()
      .from(addresses)
      .orderBy(asc(addresses.streetId), asc(addresses.id));
    const listed = new Set(all.map((a) => `${a.number}|${a.streetName}`));
    const plain = all.filter((a) => /^\d+$/.test(a.number) && a.streetId !== null);
    const bySegment = new Map<number, typeof plain>();
    for (const a of plain) bySegment.set(a.streetId!, [...(bySegment.get(a.streetId!) ?? []), a]);
    let tried = 0;
    for (const [segmentId, onSegment] of bySegment) {
      if (tried >= 40) break;
      const [segment] = (await segmentsOf(database.db, onSegment[0]!.streetName)).filter(
        (s) => s.id === segmentId,
      );
      const numbers = onSegment.map((a) => Number(a.number)).sort((x, y) => x - y);
      for (let i = 1; i < numbers.length && tried < 40; i++) {
        const [lo, hi] = [numbers[i - 1]!, numbers[i]!];
        const gap = lo + 2;
        if (hi - lo !== 4 || listed.has(`${gap}|${onSegment[0]!.streetName}`)) continue;
        const found = await geocode(database.db, `${gap} ${onSegment[0]!.streetName}`);
        expect(found).toMatchObject({ kind: "interpolated", segmentId });
        if (found?.kind !== "interpolated") continue;
        const [a, b] = [lo, hi].map((n) => onSegment.find((x) => Number(x.number) === n)!);
        const point: [number, number] = [found.lng, found.lat];
        const side = sideOf(segment!.line, point);
        expect(side).toBe(found.side);
        expect(sideOf(segment!.line, [a!.lng, a!.lat])).toBe(side);
        expect(sideOf(segment!.line, [b!.lng, b!.lat])).toBe(side);
        const [from, to] =
          side === "left" ? [segment!.leftFrom!, segment!.leftTo!] : [segment!.rightFrom!, segment!.rightTo!];
        const [fa, fb] = [fractionOf(from, to, lo), fractionOf(from, to, hi)];
        expect(found.fraction).toBeGreaterThan(Math.min(fa, fb));
        expect(found.fraction).toBeLessThan(Math.max(fa, fb));
        // Between them on the ground as well: nearer each neighbour than they are to each other.
        const d = (p: { lat: number; lng: number }, q: { lat: number; lng: number }) =>
          Math.hypot(p.lat - q.lat, (p.lng - q.lng) * Math.cos((p.lat * Math.PI) / 180));
        expect(d(found, a!)).toBeLessThan(d(a!, b!));
        expect(d(found, b!)).toBeLessThan(d(a!, b!));
        tried++;
      }
    }
    expect(tried).toBe(40);
  }, 60_000);

  it("resolves intersections of streets that meet to the node their segments share", async () => {
    const segments = await segmentsOf(database.db, "");
    expect(segments).toEqual([]);
    const rows = await database.db.select({ name: streets.name }).from(streets).orderBy(asc(streets.name));
    const names = [...new Set(rows.map((r) => r.name))];
    const all = new Map<string, Segment[]>();
    for (const name of names) all.set(name, await segmentsOf(database.db, name));
    const nodes = new Map<string, Set<string>>();
    for (const [name, segs] of all)
      for (const s of segs)
        for (const node of [s.fromNode, s.toNode])
          if (node) nodes.set(node, (nodes.get(node) ?? new Set()).add(name));
    const pairs = new Set<string>();
    for (const streetsAt of nodes.values()) {
      const list = [...streetsAt].sort();
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) pairs.add(`${list[i]}\u0000${list[j]}`);
    }
    const sample = [...pairs].sort().filter((_, i) => i % STEP === 0);
    for (const pair of sample) {
      const [a, b] = pair.split("\u0000") as [string, string];
      const found = await geocode(database.db, `${a} & ${b}`);
      const shared = sharedNodes(all.get(a)!, all.get(b)!);
      expect(found, pair).toMatchObject({ kind: "intersection", node: shared[0]!.node });
      expect(found!.lng).toBeCloseTo(shared[0]!.at[0], 6);
      expect(found!.lat).toBeCloseTo(shared[0]!.at[1], 6);
    }
    console.log(
      `${DB_KIND}: ${sample.length} of ${pairs.size} intersecting street pairs resolved to their shared node`,
    );
    const [hit] = await searchAddresses(database.db, "Broadway & Hampshire St");
    expect(hit).toMatchObject({ kind: "intersection", label: "Broadway & Hampshire St" });
  }, 120_000);

  it("completes imported addresses as they are typed, abbreviated or spelt out", async () => {
    const byAbbreviation = await searchAddresses(database.db, "24-R Antrim St");
    expect(byAbbreviation[0]).toMatchObject({ kind: "address", label: "24-R Antrim St" });
    const spelt = await searchAddresses(database.db, "14 aberdeen avenue");
    expect(spelt[0]).toMatchObject({ kind: "address", label: "14 Aberdeen Ave" });
  });
});
