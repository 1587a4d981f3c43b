import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachments,
  auditLog,
  departments,
  requestEvents,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import type { Database } from "../../platform/db.js";
import { startEventHub } from "../../platform/events.js";
import { projectRoot } from "../../platform/paths.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { parseOpen311 } from "./imports.open311.js";
import { type ImportReport, runImport } from "./imports.pipeline.js";

const SAMPLE = path.join(
  projectRoot(),
  "..",
  "shared",
  "data",
  "311",
  "boston_open311_georeport_v2",
  "sample_illegal_parking_first1000.ndjson",
);
const HAVE_SAMPLE = existsSync(SAMPLE);
if (!HAVE_SAMPLE)
  console.warn(`Skipping the Open311 sample import: ${SAMPLE} is absent (it is present in CI).`);

const actor: Actor = { kind: "system", label: "Tests" };
const dir = mkdtempSync(path.join(tmpdir(), "civic311-import-"));
let database: Database;

function importFiles(
  files: string[],
  extra: { dryRun?: boolean; mapping?: string } = {},
): Promise<ImportReport> {
  return runImport({
    db: database.db,
    actor,
    files,
    parse: (file) => parseOpen311(file, {}),
    format: "open311",
    dryRun: extra.dryRun ?? false,
    mappingFile: extra.mapping ?? path.join(dir, "none.json"),
    rejectsFile: `${files[0]}.rejects.csv`,
    batchSize: 300,
  });
}

async function requestCount(): Promise<number> {
  const [row] = await database.db.select({ n: count() }).from(serviceRequests);
  return row!.n;
}

beforeAll(async () => {
  database = await freshDatabase();
  const [dept] = await database.db
    .insert(departments)
    .values({ code: "transportation", name: "Transportation" })
    .returning({ id: departments.id });
  await database.db.insert(serviceTypes).values({
    code: "parking-enforcement",
    name: "Parking enforcement",
    groupName: "Streets",
    keywords: ["illegal parking", "blocked driveway"],
    departmentId: dept!.id,
  });
});

afterAll(async () => {
  await database?.close();
});

describe.skipIf(!HAVE_SAMPLE)(
  `Open311 import of Boston's first 1,000 illegal-parking requests (${DB_KIND})`,
  () => {
    it("a dry run counts every row, writes only the mapping file, with its guess", async () => {
      const mapping = path.join(dir, "mapping.json");
      const report = await importFiles([SAMPLE], { dryRun: true, mapping });
      expect(report).toMatchObject({ read: 1000, imported: 1000, alreadyImported: 0, rejected: 0 });
      expect(report.mappingWritten).toBe(mapping);
      expect(report.rejectsFile).toBeNull();
      expect(await requestCount()).toBe(0);
      const written = JSON.parse(readFileSync(mapping, "utf8"));
      expect(written.services["4f389210e75084437f0001e5"]).toMatchObject({
        name: "Illegal Parking",
        rows: 1000,
        serviceType: "parking-enforcement",
      });
    });

    it("imports all 1,000 with faithful fields, unmapped services under Imported, and their timeline", async () => {
      const report = await importFiles([SAMPLE]);
      expect(report).toMatchObject({ read: 1000, imported: 1000, alreadyImported: 0, rejected: 0 });
      expect(report.created).toEqual(["department imported", "service type imported-illegal-parking"]);
      const [first] = await database.db
        .select()
        .from(serviceRequests)
        .where(
          and(eq(serviceRequests.sourceSystem, "open311"), eq(serviceRequests.sourceId, "101000001871")),
        );
      expect(first).toMatchObject({
        status: "closed",
        closeReason: "fixed",
        address: "57 59 South St, Jamaica Plain",
        lat: 42.307830000314574,
        lng: -71.11579000019759,
        channel: "open311",
        dueAt: null,
      });
      expect(first!.createdAt.toISOString()).toBe("2008-10-06T16:41:01.000Z");
      expect(first!.closedAt!.toISOString()).toBe("2008-10-07T14:48:35.000Z");
      expect(first!.number).toMatch(/^\d{7}$/);
      const [described] = await database.db
        .select({ description: serviceRequests.description, createdAt: serviceRequests.createdAt })
        .from(serviceRequests)
        .where(eq(serviceRequests.sourceId, "101000076059"));
      expect(described!.description).toMatch(/^How is the car parked illegally\? Resident parking spot/);
      expect(described!.createdAt.toISOString()).toBe("2009-08-28T16:24:56.000Z");
      const [type] = await database.db
        .select({ id: serviceTypes.id, group: serviceTypes.groupName, dept: departments.code })
        .from(serviceTypes)
        .innerJoin(departments, eq(departments.id, serviceTypes.departmentId))
        .where(eq(serviceTypes.code, "imported-illegal-parking"));
      expect(type).toMatchObject({ group: "Imported", dept: "imported" });
      expect(first!.serviceTypeId).toBe(type!.id);
      const events = await database.db
        .select({ type: requestEvents.type, at: requestEvents.at, body: requestEvents.body })
        .from(requestEvents)
        .where(eq(requestEvents.requestId, first!.id))
        .orderBy(requestEvents.at);
      expect(events.map((e) => e.type)).toEqual(["created", "status_changed"]);
      expect(events[1]!.body).toMatch(/^Case Closed\. Case Resolved\. officers were dispatched/);
      const [all] = await database.db.select({ n: count() }).from(requestEvents);
      expect(all!.n).toBe(2000); // every sample row is closed: created + closed each
      const reasons = await database.db
        .select({ reason: serviceRequests.closeReason, n: count() })
        .from(serviceRequests)
        .groupBy(serviceRequests.closeReason)
        .orderBy(serviceRequests.closeReason);
      expect(reasons).toEqual([
        { reason: "duplicate", n: 12 },
        { reason: "fixed", n: 985 },
        { reason: "no_action_needed", n: 3 },
      ]);
      const audits = await database.db.select({ action: auditLog.action }).from(auditLog);
      expect(audits.map((a) => a.action).sort()).toEqual(["department.imported", "service_type.imported"]);
    });

    it("a second run of the same file imports nothing", async () => {
      const report = await importFiles([SAMPLE], { mapping: path.join(dir, "mapping.json") });
      expect(report).toMatchObject({ read: 1000, imported: 0, alreadyImported: 1000, rejected: 0 });
      expect(await requestCount()).toBe(1000);
      const dry = await importFiles([SAMPLE], { dryRun: true, mapping: path.join(dir, "mapping.json") });
      expect(dry).toMatchObject({ imported: 0, alreadyImported: 1000, mappingWritten: null });
    });
  },
);

describe(`Open311 import of bad rows, gzip and JSON arrays (${DB_KIND})`, () => {
  const good = (id: string, extra: Record<string, unknown> = {}) => ({
    service_request_id: id,
    status: "open",
    service_name: "Pothole",
    service_code: "pothole",
    requested_datetime: "2020-01-15T09:30:00-05:00",
    updated_datetime: "2020-01-16T10:00:00Z",
    lat: 42.35,
    long: -71.06,
    media_url: "https://example.org/photos/p1.jpg",
    ...extra,
  });
  const lines = [
    JSON.stringify(good("T-1")),
    JSON.stringify(good("T-2", { status: "closed", status_notes: "Duplicate of an open case." })),
    JSON.stringify(good("", {})),
    JSON.stringify(good("T-4", { service_code: null, service_name: "" })),
    JSON.stringify(good("T-5", { requested_datetime: "15/01/2020 9:30" })),
    JSON.stringify(good("T-6", { lat: 142.35 })),
    JSON.stringify(good("T-7", { status: "pending" })),
    "{not json",
    JSON.stringify(good("T-1")),
  ];

  it("writes the good rows, skips a repeated id and sends the rest to the rejects file with reasons", async () => {
    const file = path.join(dir, "bad.ndjson.gz");
    writeFileSync(file, gzipSync(`\uFEFF${lines.join("\r\n")}\r\n`)); // a BOM and CRLF lines, as Windows tools write
    const report = await importFiles([file]);
    expect(report).toMatchObject({ read: 9, imported: 2, alreadyImported: 1, rejected: 6 });
    expect(report.rejectedByReason).toEqual({
      "no service_request_id": 1,
      "no service_code or service_name": 1,
      "requested_datetime is not a date and time with an offset": 1,
      "lat is not a number between -90 and 90": 1,
      'status "pending" is neither open nor closed': 1,
      "not valid JSON": 1,
    });
    const rejects = readFileSync(`${file}.rejects.csv`, "utf8").trimEnd().split("\r\n");
    expect(rejects[0]).toBe("where,reason,raw");
    expect(rejects).toHaveLength(7);
    expect(rejects[1]).toMatch(/^bad\.ndjson\.gz:3,no service_request_id,"\{""service_request_id"":""""/);
    expect(rejects[6]).toBe("bad.ndjson.gz:8,not valid JSON,{not json");
    const [dup] = await database.db
      .select({
        status: serviceRequests.status,
        reason: serviceRequests.closeReason,
        at: serviceRequests.createdAt,
      })
      .from(serviceRequests)
      .where(eq(serviceRequests.sourceId, "T-2"));
    expect(dup).toMatchObject({ status: "closed", reason: "duplicate" });
    expect(dup!.at.toISOString()).toBe("2020-01-15T14:30:00.000Z");
    const media = await database.db
      .select({ url: attachments.sourceUrl, filename: attachments.filename })
      .from(attachments)
      .innerJoin(serviceRequests, eq(serviceRequests.id, attachments.requestId))
      .where(eq(serviceRequests.sourceId, "T-1"));
    expect(media).toEqual([{ url: "https://example.org/photos/p1.jpg", filename: "p1.jpg" }]);
  });

  it("does not announce imported events to live screens; a staff change right after is announced", async () => {
    const hub = await startEventHub(database);
    const heard: string[] = [];
    const stop = hub.subscribe((n) => heard.push(`${n.type}:${n.number}`));
    try {
      const file = path.join(dir, "quiet.ndjson");
      writeFileSync(file, `${JSON.stringify(good("Q-1"))}\n${JSON.stringify(good("Q-2"))}\n`);
      expect((await importFiles([file])).imported).toBe(2);
      const [row] = await database.db
        .select({ id: serviceRequests.id, number: serviceRequests.number })
        .from(serviceRequests)
        .where(eq(serviceRequests.sourceId, "Q-1"));
      await database.db
        .insert(requestEvents)
        .values({ requestId: row!.id, type: "note", actorLabel: "Tests", body: "Checked." });
      const until = Date.now() + 5000;
      while (heard.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 200));
      expect(heard).toEqual([`note:${row!.number}`]);
    } finally {
      stop();
      await hub.close();
    }
  });

  it("reads a pretty-printed JSON array, one object at a time", async () => {
    const file = path.join(dir, "array.json");
    writeFileSync(
      file,
      JSON.stringify([good("A-1"), good("A-2", { description: "a } and a { in text" })], null, 2),
    );
    const seen: string[] = [];
    for await (const p of parseOpen311(file)) seen.push(p.ok ? p.request.sourceId : p.rejected.reason);
    expect(seen).toEqual(["A-1", "A-2"]);
    const report = await importFiles([file]);
    expect(report).toMatchObject({ read: 2, imported: 2, rejected: 0 });
  });
});
