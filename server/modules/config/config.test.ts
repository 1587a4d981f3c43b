import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import type { ConfigChange, ConfigPreview } from "../../../common/contracts/config.js";
import { auditLog, departments, serviceTypes } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { readPhoneSettings } from "../telephony/index.js";

let city: TestCity;
let admin: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 10 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const exportYaml = async () => {
  const res = await city.app.inject({
    method: "GET",
    url: "/api/admin/config/export",
    headers: admin.headers,
  });
  expect(res.statusCode).toBe(200);
  return res.body;
};
const preview = async (yaml: string) => {
  const res = await city.app.inject({
    method: "POST",
    url: "/api/admin/config/preview",
    headers: admin.headers,
    payload: { yaml },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ConfigPreview;
};
const importFile = (yaml: string, fingerprint: string) =>
  city.app.inject({
    method: "POST",
    url: "/api/admin/config/import",
    headers: admin.headers,
    payload: { yaml, fingerprint },
  });
/** The exported file with one edit made through the YAML document (comments and order kept). */
const edit = (yaml: string, change: (doc: ReturnType<typeof parseDocument>) => void) => {
  const doc = parseDocument(yaml);
  change(doc);
  return doc.toString({ lineWidth: 0 });
};
const serviceIndex = (yaml: string, code: string) =>
  (parseDocument(yaml).toJS().services as { code: string }[]).findIndex((s) => s.code === code);
const changesOf = (p: ConfigPreview): ConfigChange[] => {
  if (!p.ok) throw new Error(`expected changes, got problems: ${JSON.stringify(p.problems)}`);
  return p.changes;
};

describe(`configuration as a file on ${DB_KIND}`, () => {
  it("exports the same bytes twice, as a YAML attachment, and importing the export changes nothing", async () => {
    const res = await city.app.inject({
      method: "GET",
      url: "/api/admin/config/export",
      headers: admin.headers,
    });
    expect(res.headers["content-type"]).toMatch(/^text\/yaml/);
    expect(res.headers["content-disposition"]).toBe('attachment; filename="city.yaml"');
    expect(res.body).toMatch(/^# civic311 city configuration/);
    expect(res.body).toContain("version: 1");
    expect(await exportYaml()).toBe(res.body);
    const p = await preview(res.body);
    expect(changesOf(p)).toEqual([]);
    const applied = await importFile(res.body, (p as { fingerprint: string }).fingerprint);
    expect(applied.statusCode).toBe(200);
    expect(applied.json().changes).toEqual([]);
  });

  it("imports the seed's own city.yaml into the seeded city without a change, and the docs example is valid", async () => {
    const docs = path.resolve(import.meta.dirname, "../../../docs");
    const demo = readFileSync(
      path.resolve(import.meta.dirname, "../../db/seeds/demo-city/city.yaml"),
      "utf8",
    );
    expect(changesOf(await preview(demo))).toEqual([]);
    const guide = readFileSync(path.join(docs, "configuration.md"), "utf8");
    const example = guide.slice(guide.indexOf("```yaml\n") + 8, guide.lastIndexOf("```"));
    const p = await preview(example);
    expect(p.ok, JSON.stringify(p)).toBe(true);
    expect(changesOf(p).map((c) => `${c.action} ${c.label}`)).toEqual(
      expect.arrayContaining(["create Department traffic", "create Service parking_meter"]),
    );
  });

  it("shows exactly one changed SLA, applies it with audit rows, and then has nothing left to change", async () => {
    const yaml = await exportYaml();
    const i = serviceIndex(yaml, "pothole");
    const [before] = await city.database.db
      .select()
      .from(serviceTypes)
      .where(eq(serviceTypes.code, "pothole"));
    const changed = edit(yaml, (doc) => doc.setIn(["services", i, "sla", "value"], 5));
    const p = await preview(changed);
    expect(changesOf(p)).toEqual([
      {
        section: "services",
        action: "update",
        key: "pothole",
        label: "Service pothole",
        fields: [{ field: "sla", before: "3 business days", after: "5 business days" }],
      },
    ]);
    const res = await importFile(changed, (p as { fingerprint: string }).fingerprint);
    expect(res.statusCode, res.body).toBe(200);
    const [after] = await city.database.db
      .select()
      .from(serviceTypes)
      .where(eq(serviceTypes.code, "pothole"));
    expect(after!.slaValue).toBe(5);
    // updated_at moves (Open311's changeset follows it) to the moment of the import.
    expect(after!.updatedAt.toISOString()).toBe(city.clock.now().toISOString());
    expect(before!.updatedAt.toISOString()).not.toBe(city.clock.now().toISOString());
    const audits = await city.database.db
      .select()
      .from(auditLog)
      .where(like(auditLog.action, "config.import%"));
    expect(audits.map((a) => a.action).sort()).toEqual(["config.import", "config.import.service.update"]);
    const row = audits.find((a) => a.action === "config.import.service.update")!;
    expect(row.entityId).toBe("pothole");
    expect(row.data).toEqual({ sla: { before: "3 business days", after: "5 business days" } });
    expect(row.actorLabel).toMatch(/admin|Administrator|@/i);
    expect(changesOf(await preview(changed))).toEqual([]);
  });

  it("lists every problem of an invalid file with its path and line, and changes nothing", async () => {
    const yaml = await exportYaml();
    const bad = await preview("version: 1\nservices: [\n");
    expect(bad.ok).toBe(false);
    expect((bad as { problems: { message: string; line: number | null }[] }).problems[0]!.message).toMatch(
      /Not valid YAML/,
    );

    const i = serviceIndex(yaml, "pothole");
    const j = serviceIndex(yaml, "graffiti_removal");
    const broken = edit(yaml, (doc) => {
      doc.setIn(["city", "time_zone"], "America/Los_Angeles");
      doc.setIn(["services", i, "department"], "no_such_dept");
      doc.setIn(["services", j, "code"], "pothole");
      doc.setIn(["services", i, "questions", 0, "datatype"], "singlevaluelist");
      doc.setIn(["services", i, "questions", 0, "values"], []);
      doc.setIn(["services", i, "sla", "unit"], "fortnights");
      doc.setIn(["holidays", 0, "date"], "2026-02-30");
    });
    const p = await preview(broken);
    expect(p.ok).toBe(false);
    const problems = (p as { problems: { path: string; line: number | null; message: string }[] }).problems;
    // Schema problems come first and stop there; fix them to see the cross-section ones.
    expect(problems.map((x) => x.path)).toEqual(
      expect.arrayContaining([`services[${i}].sla.unit`, "holidays[0].date"]),
    );
    for (const x of problems) expect(x.line).toBeGreaterThan(0);
    const schemaFixed = edit(broken, (doc) => {
      doc.setIn(["services", i, "sla", "unit"], "business_days");
      doc.setIn(["holidays", 0, "date"], "2025-01-01");
    });
    const p2 = await preview(schemaFixed);
    const found = (p2 as { problems: { path: string; message: string; line: number }[] }).problems;
    expect(found.map((x) => `${x.path}: ${x.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^city\.time_zone: .*set TZ=America\/Los_Angeles/),
        `services[${Math.max(i, j)}].code: Service code "pothole" appears more than once`,
        `services[${i}].department: No department has the code "no_such_dept"`,
        `services[${i}].questions[0].values: A list question needs values`,
      ]),
    );
    const lines = broken.split("\n");
    const dup = found.find((x) => x.path === `services[${Math.max(i, j)}].code`)!;
    expect(lines[dup.line - 1]).toMatch(/code: pothole/);
    const fingerprint = (await preview(yaml)) as { fingerprint: string };
    const res = await importFile(schemaFixed, fingerprint.fingerprint);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.problems.length).toBe(found.length);
    expect(await exportYaml()).toBe(yaml);
  });

  it("retires a service left out of the file, and refuses an import whose preview is out of date", async () => {
    const yaml = await exportYaml();
    const first = (await preview(yaml)) as { fingerprint: string };
    const withoutGraffiti = edit(yaml, (doc) =>
      doc.deleteIn(["services", serviceIndex(yaml, "graffiti_removal")]),
    );
    const p = await preview(withoutGraffiti);
    expect(changesOf(p).map((c) => `${c.action} ${c.key}`)).toEqual(["retire graffiti_removal"]);
    expect((await importFile(withoutGraffiti, first.fingerprint)).statusCode).toBe(200);
    const [row] = await city.database.db
      .select()
      .from(serviceTypes)
      .where(eq(serviceTypes.code, "graffiti_removal"));
    expect(row!.active).toBe(false);
    // The database changed after `first` was taken: the same fingerprint is now stale.
    const renamed = edit(yaml, (doc) => doc.setIn(["departments", 0, "name"], "Renamed"));
    const stale = await importFile(renamed, first.fingerprint);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/changed since your preview/);
    const depts = await city.database.db.select({ name: departments.name }).from(departments);
    expect(depts.map((d) => d.name)).not.toContain("Renamed");
  });

  it("carries the phone line's settings: a changed threshold and Spanish text round-trip, audited", async () => {
    const yaml = await exportYaml();
    expect(parseDocument(yaml).toJS().phone).toMatchObject({
      service_level_seconds: 30,
      hours_article: "city-hall-hours",
      menu: { en: { greeting: expect.any(String) }, es: { goodbye: "Gracias por llamar al 311. Adiós." } },
    });
    const changed = edit(yaml, (doc) => {
      doc.setIn(["phone", "service_level_seconds"], 20);
      doc.setIn(["phone", "menu", "es", "goodbye"], "Gracias por llamar. Adiós.");
    });
    const p = await preview(changed);
    expect(changesOf(p)).toEqual([
      {
        section: "phone",
        action: "update",
        key: "phone",
        label: "Phone line settings",
        fields: [
          { field: "service_level_seconds", before: "30", after: "20" },
          {
            field: "menu.es.goodbye",
            before: "Gracias por llamar al 311. Adiós.",
            after: "Gracias por llamar. Adiós.",
          },
        ],
      },
    ]);
    const res = await importFile(changed, (p as { fingerprint: string }).fingerprint);
    expect(res.statusCode, res.body).toBe(200);
    const saved = await readPhoneSettings(city.database.db);
    expect(saved.serviceLevelSeconds).toBe(20);
    expect(saved.menu.es?.goodbye).toBe("Gracias por llamar. Adiós.");
    expect(saved.menu.en.goodbye).toBe("Thank you for calling 311. Goodbye.");
    const [row] = await city.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "config.import.phone_settings.update"));
    expect(row?.data).toEqual({
      service_level_seconds: { before: "30", after: "20" },
      "menu.es.goodbye": { before: "Gracias por llamar al 311. Adiós.", after: "Gracias por llamar. Adiós." },
    });
    // The export now writes what was imported, so nothing is left to change.
    expect(changesOf(await preview(await exportYaml()))).toEqual([]);
    expect(parseDocument(await exportYaml()).toJS().phone.service_level_seconds).toBe(20);
  });

  it("reports a bad threshold, an unknown key and an unknown hours article with their paths and lines", async () => {
    const yaml = await exportYaml();
    const broken = edit(yaml, (doc) => {
      doc.setIn(["phone", "service_level_seconds"], 2);
      doc.setIn(["phone", "menu", "en", "greting"], "Hello");
    });
    const p = await preview(broken);
    const problems = (p as { ok: false; problems: { path: string; line: number; message: string }[] })
      .problems;
    expect(p.ok).toBe(false);
    expect(problems.map((x) => `${x.path}: ${x.message}`)).toEqual([
      "phone.service_level_seconds: service_level_seconds is a whole number of seconds from 5 to 600",
      "phone.menu.en: Unknown key greting",
    ]);
    const lines = broken.split("\n");
    expect(lines[problems[0]!.line - 1]).toMatch(/^ {2}service_level_seconds: 2$/);
    expect(lines[problems[1]!.line - 1]).toMatch(/greeting|en:/);

    const unknownArticle = edit(yaml, (doc) => doc.setIn(["phone", "hours_article"], "no-such-article"));
    const q = await preview(unknownArticle);
    const found = (q as { problems: { path: string; line: number; message: string }[] }).problems;
    expect(found).toEqual([
      {
        path: "phone.hours_article",
        line: unknownArticle.split("\n").findIndex((l) => l.includes("hours_article:")) + 1,
        message: 'No knowledge-base article has the address "no-such-article"',
      },
    ]);
    const fingerprint = ((await preview(yaml)) as { fingerprint: string }).fingerprint;
    expect((await importFile(unknownArticle, fingerprint)).statusCode).toBe(400);
    expect((await importFile(broken, fingerprint)).statusCode).toBe(400);
    expect(await exportYaml()).toBe(yaml);
  });

  it("leaves the Spanish menu out when the file has no phone.menu.es", async () => {
    const yaml = await exportYaml();
    const englishOnly = edit(yaml, (doc) => doc.deleteIn(["phone", "menu", "es"]));
    const p = await preview(englishOnly);
    const [change, ...others] = changesOf(p);
    expect(others).toEqual([]);
    expect(change?.fields.map((f) => [f.field, f.after])).toEqual([["menu.es", "(none)"]]);
    expect((await importFile(englishOnly, (p as { fingerprint: string }).fingerprint)).statusCode).toBe(200);
    expect((await readPhoneSettings(city.database.db)).menu.es).toBeUndefined();
    expect(parseDocument(await exportYaml()).toJS().phone.menu).not.toHaveProperty("es");
  });

  it("answers other staff as if the routes did not exist", async () => {
    const operator = await signInAs(city.app, "operator@civic311.example");
    const res = await city.app.inject({
      method: "GET",
      url: "/api/admin/config/export",
      headers: operator.headers,
    });
    expect(res.statusCode).toBe(404);
  });
});
