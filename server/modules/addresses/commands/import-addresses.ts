import { readFileSync, writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { csvLine } from "../../../../common/csv.js";
import { addresses, streets } from "../../../db/schema/index.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import { placeOnStreet, segmentsOf } from "../addresses.geocode.js";
import { inRing, type LngLat, type Segment } from "../addresses.geometry.js";
import { type AddressMapping, CAMBRIDGE_MAPPING, csvRows } from "../addresses.mapping.js";
import { normaliseStreet } from "../addresses.names.js";

export interface AddressImportOptions {
  csvFile: string;
  centerlinesFile?: string;
  blocksFile?: string;
  mapping?: AddressMapping;
  /** Where rows that cannot be used are written, with the reason (CSV). */
  rejectsFile: string;
  onProgress?: (done: number, total: number) => void;
}

export interface AddressImportReport {
  segments: { imported: number; rejected: number };
  addresses: { rows: number; imported: number; rejected: Record<string, number> };
}

const BATCH = 1000;
type Feature = {
  id?: unknown;
  properties?: Record<string, unknown>;
  geometry?: { type: string; coordinates: unknown };
};

const titleCase = (s: string) => s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
const int = (v: unknown) => {
  const n = typeof v === "number" ? v : Number.parseInt(String(v ?? ""), 10);
  return Number.isFinite(n) && n >= 0 ? Math.trunc(n) : null;
};
const text = (v: unknown) =>
  v === null || v === undefined || v === "" ? null : String(v).replace(/\.0$/, "");

function lineOf(geometry: Feature["geometry"]): LngLat[] {
  if (geometry?.type === "LineString") return geometry.coordinates as LngLat[];
  // A multi-part centerline is drawn as one line through its parts in order.
  if (geometry?.type === "MultiLineString") return (geometry.coordinates as LngLat[][]).flat();
  return [];
}

/** Centerline segments upserted by their source id; rejects noted. Returns the ZIP codes of each side. */
async function importCenterlines(
  db: DbOrTx,
  file: string,
  m: NonNullable<AddressMapping["centerlines"]>,
  reject: (line: string, reason: string, raw: string) => void,
) {
  const features = (JSON.parse(readFileSync(file, "utf8")) as { features?: Feature[] }).features ?? [];
  const rows: (typeof streets.$inferInsert)[] = [];
  const zips = new Map<string, { left: string | null; right: string | null }>();
  let rejected = 0;
  for (const [i, f] of features.entries()) {
    const p = f.properties ?? {};
    const id = text(p[m.id]);
    const name = text(p[m.street]);
    const line = lineOf(f.geometry);
    const reason = !id
      ? "no segment id"
      : !name
        ? "no street name"
        : line.length < 2
          ? "no line geometry"
          : null;
    if (reason) {
      reject(`feature ${i + 1}`, reason, JSON.stringify(p));
      rejected++;
      continue;
    }
    const [lf, lt, rf, rt] = [int(p[m.leftFrom]), int(p[m.leftTo]), int(p[m.rightFrom]), int(p[m.rightTo])];
    const numbers = [lf, lt, rf, rt].filter((n): n is number => n !== null);
    rows.push({
      name: name!,
      centerline: line,
      fromNumber: numbers.length ? Math.min(...numbers) : null,
      toNumber: numbers.length ? Math.max(...numbers) : null,
      leftFrom: lt === null ? null : lf,
      leftTo: lf === null ? null : lt,
      rightFrom: rt === null ? null : rf,
      rightTo: rf === null ? null : rt,
      fromNode: m.fromNode ? text(p[m.fromNode]) : null,
      toNode: m.toNode ? text(p[m.toNode]) : null,
      sourceId: id,
    });
    zips.set(id!, {
      left: m.zipLeft ? text(p[m.zipLeft]) : null,
      right: m.zipRight ? text(p[m.zipRight]) : null,
    });
  }
  const zipById = new Map<number, { left: string | null; right: string | null }>();
  for (let i = 0; i < rows.length; i += BATCH) {
    const done = await db
      .insert(streets)
      .values(rows.slice(i, i + BATCH))
      .onConflictDoUpdate({ target: streets.sourceId, set: excludedOf(streets, Object.keys(rows[0]!)) })
      .returning({ id: streets.id, sourceId: streets.sourceId });
    for (const d of done) zipById.set(d.id, zips.get(d.sourceId!)!);
  }
  return { imported: rows.length, rejected, zipById };
}

/** `set` for an upsert: every named column from the row that was refused (`excluded`). */
function excludedOf(table: typeof streets | typeof addresses, keys: string[]) {
  const columns = table as unknown as Record<string, { name: string }>;
  return Object.fromEntries(
    keys.filter((k) => k !== "sourceId").map((k) => [k, sql.raw(`excluded."${columns[k]!.name}"`)]),
  );
}

function readBlocks(file: string, property: string) {
  const features = (JSON.parse(readFileSync(file, "utf8")) as { features?: Feature[] }).features ?? [];
  return features.flatMap((f) => {
    const district = text(f.properties?.[property]);
    const g = f.geometry;
    const polygons =
      g?.type === "Polygon"
        ? [g.coordinates as LngLat[][]]
        : g?.type === "MultiPolygon"
          ? (g.coordinates as LngLat[][][])
          : [];
    return district
      ? polygons.map((rings) => {
          const xs = rings[0]!.map((c) => c[0]);
          const ys = rings[0]!.map((c) => c[1]);
          const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
          return { district, ring: rings[0]!, box };
        })
      : [];
  });
}

/** The district of the block a point lies in, if any. */
function districtAt(blocks: ReturnType<typeof readBlocks>, [x, y]: LngLat): string | undefined {
  return blocks.find(
    (b) => x >= b.box[0] && y >= b.box[1] && x <= b.box[2] && y <= b.box[3] && inRing(b.ring, [x, y]),
  )?.district;
}

/**
 * `civic311 import addresses`: centerline segments (upserted by their source id) and the master address list
 * (upserted by its source id). An address without coordinates is placed along its street's centerline by the
 * segment whose address range holds its number; rows that cannot be used go to the rejects file with the reason.
 */
export async function importAddresses(db: DbOrTx, o: AddressImportOptions): Promise<AddressImportReport> {
  const m = o.mapping ?? CAMBRIDGE_MAPPING;
  const rejects: string[] = [csvLine(["file", "row", "reason", "source"])];
  const reject = (file: string) => (row: string, reason: string, raw: string) =>
    rejects.push(csvLine([file, row, reason, raw]));
  const rows = [...csvRows(readFileSync(o.csvFile, "utf8"))];
  const header = rows.shift() ?? [];
  const a = m.addresses;
  const streetCols = Array.isArray(a.street) ? a.street : [a.street];
  const wanted = [
    a.id,
    a.number,
    ...streetCols,
    a.numberSuffix,
    a.unit,
    a.fullAddress,
    a.lat,
    a.lng,
    a.district,
    a.zip,
  ];
  const missing = wanted.filter((c): c is string => c !== null && !header.includes(c));
  if (missing.length) throw new AppError("bad_request", `${o.csvFile} has no column ${missing.join(", ")}.`);
  let segments = {
    imported: 0,
    rejected: 0,
    zipById: new Map<number, { left: string | null; right: string | null }>(),
  };
  if (o.centerlinesFile) {
    if (!m.centerlines) throw new AppError("bad_request", "The column mapping has no centerlines section.");
    segments = await importCenterlines(db, o.centerlinesFile, m.centerlines, reject(o.centerlinesFile));
  }
  const blocks = o.blocksFile && m.blocks ? readBlocks(o.blocksFile, m.blocks.district) : [];
  const col = (r: string[], name: string | null) =>
    name === null ? "" : (r[header.indexOf(name)] ?? "").trim();
  const streetCache = new Map<string, Segment[]>();
  const seen = new Set<string>();
  const rejected: Record<string, number> = {};
  const out: (typeof addresses.$inferInsert)[] = [];
  const bad = reject(o.csvFile);
  let imported = 0;
  const flush = async () => {
    if (out.length === 0) return;
    await db
      .insert(addresses)
      .values(out)
      .onConflictDoUpdate({ target: addresses.sourceId, set: excludedOf(addresses, Object.keys(out[0]!)) });
    imported += out.length;
    out.length = 0;
  };
  for (const [i, r] of rows.entries()) {
    const fail = (reason: string) => {
      rejected[reason] = (rejected[reason] ?? 0) + 1;
      bad(String(i + 2), reason, r.join(","));
    };
    const id = col(r, a.id);
    const house = /^\d+$/.test(col(r, a.number)) ? Number(col(r, a.number)) : null;
    const street = streetCols
      .map((c) => col(r, c))
      .filter(Boolean)
      .join(" ");
    if (!id) fail("no source id");
    else if (seen.has(id)) fail("repeats an earlier row's source id");
    else if (house === null) fail("no house number");
    else if (!street) fail("no street name");
    else {
      seen.add(id);
      const key = normaliseStreet(street);
      if (!streetCache.has(key)) streetCache.set(key, await segmentsOf(db, key));
      const onStreet = streetCache.get(key)!;
      const placed = placeOnStreet(onStreet, house);
      let [lat, lng] = [Number.parseFloat(col(r, a.lat)), Number.parseFloat(col(r, a.lng))];
      const located =
        Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      if (!located && !placed)
        fail(onStreet.length ? "number outside its street's centerline ranges" : "street has no centerline");
      else {
        if (!located) [lng, lat] = placed!.at.point;
        const suffix = col(r, a.numberSuffix);
        const number = suffix ? `${house}-${suffix}` : String(house);
        const streetName = onStreet[0]?.name ?? titleCase(street);
        const zips = placed ? segments.zipById.get(placed.segment.id) : undefined;
        const unit = col(r, a.unit) || null;
        out.push({
          number,
          unit,
          streetId: placed?.segment.id ?? null,
          streetName,
          fullAddress:
            col(r, a.fullAddress).replace(/\s+/g, " ") || `${number} ${streetName}${unit ? ` #${unit}` : ""}`,
          city: m.city,
          state: m.state,
          zip: col(r, a.zip) || (zips ? (placed!.at.side === "left" ? zips.left : zips.right) : null),
          lat,
          lng,
          district: col(r, a.district) || districtAt(blocks, [lng, lat]) || null,
          sourceId: id,
        });
        if (out.length >= BATCH) await flush();
      }
    }
    if (i % BATCH === 0) o.onProgress?.(i, rows.length);
  }
  await flush();
  o.onProgress?.(rows.length, rows.length);
  writeFileSync(o.rejectsFile, rejects.join(""));
  return {
    segments: { imported: segments.imported, rejected: segments.rejected },
    addresses: { rows: rows.length, imported, rejected },
  };
}
