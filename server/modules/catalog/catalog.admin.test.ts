import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema/index.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let admin: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 20, interactions: 0 });
  // Seeded rows are stamped by the database's own clock; run after it so a change moves the changeset.
  city.clock.set(new Date(Date.now() + 3_600_000));
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const call = (method: "GET" | "POST" | "PUT", url: string, payload?: object) =>
  city.app.inject({ method, url, headers: admin.headers, ...(payload === undefined ? {} : { payload }) });
const auditRows = (entity: string, id: string) =>
  city.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .then((r) => r.filter((a) => a.entity === entity));

const meter = {
  code: "parking_meter",
  name: "Broken parking meter",
  group: "Parking",
  description: "A meter that does not take payment or shows an error.",
  keywords: ["meter", "parking meter"],
  departmentCode: "parking",
  priority: "normal",
  sla: { value: 2, unit: "business_days" },
  escalation: [{ level: 1, minutesFromDue: 0, label: "Overdue" }],
  duplicateRadiusM: 30,
  availableOnline: true,
  operatorInstructions: "Ask for the meter number on the sticker.",
  questions: [
    {
      code: "problem",
      datatype: "singlevaluelist",
      prompt: "What is wrong with the meter?",
      required: true,
      values: [
        { key: "no_coins", name: "Does not take coins", translations: { es: "No acepta monedas" } },
        { key: "display", name: "Display is blank" },
      ],
      translations: { es: { prompt: "¿Qué le pasa al parquímetro?" } },
    },
    { code: "meter_number", datatype: "string", prompt: "Meter number", helpText: "On the sticker" },
  ],
  translations: { es: { name: "Parquímetro roto", group: "Aparcamiento" } },
};

describe(`catalog administration on ${DB_KIND}`, () => {
  it("creates a service that Open311 lists and defines at once, moving discovery's changeset", async () => {
    const before = (await city.app.inject({ url: "/open311/discovery.json" })).json().changeset;
    const res = await call("POST", "/api/admin/services", meter);
    expect(res.statusCode, res.body).toBe(201);
    const saved = res.json();
    expect(saved).toMatchObject({ code: "parking_meter", departmentCode: "parking", sla: meter.sla });
    expect(saved.questions.map((q: { code: string }) => q.code)).toEqual(["problem", "meter_number"]);
    expect(saved.questions[0].values[0].translations).toEqual({ es: "No acepta monedas" });
    expect(saved.translations.es).toEqual({
      name: "Parquímetro roto",
      description: null,
      group: "Aparcamiento",
    });
    expect(saved.escalation).toEqual(meter.escalation);
    const list = (await city.app.inject({ url: "/open311/v2/services.json" })).json();
    expect(list.some((s: { service_code: string }) => s.service_code === "parking_meter")).toBe(true);
    const def = (await city.app.inject({ url: "/open311/v2/services/parking_meter.json" })).json();
    expect(JSON.stringify(def)).toContain("What is wrong with the meter?");
    const after = (await city.app.inject({ url: "/open311/discovery.json" })).json().changeset;
    expect(after > before).toBe(true);
    const audits = await auditRows("service", "parking_meter");
    expect(audits.map((a) => a.action)).toEqual(["service.create"]);
  });

  it("refuses bad input with a field per problem and changes nothing", async () => {
    const auditsBefore = (await auditRows("service", "parking_meter")).length;
    const res = await call("PUT", "/api/admin/services/parking_meter", {
      ...meter,
      departmentCode: "nowhere",
      questions: [
        { code: "a", datatype: "singlevaluelist", prompt: "A", values: [] },
        { code: "a", datatype: "text", prompt: "B", values: [{ key: "x", name: "X" }] },
      ],
      translations: { fr: { name: "Parcmètre" } },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual([
      "departmentCode",
      "questions.0.values",
      "questions.1.code",
      "questions.1.values",
      "translations.fr",
    ]);
    const schemaError = await call("POST", "/api/admin/services", {
      ...meter,
      code: "Bad Code",
      sla: { value: 0, unit: "weeks" },
    });
    expect(schemaError.statusCode).toBe(400);
    expect(
      schemaError
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(["code", "sla.unit", "sla.value"]);
    const duplicate = await call("POST", "/api/admin/services", meter);
    expect(duplicate.json().error.details).toEqual([
      { field: "code", message: expect.stringContaining("already used") },
    ]);
    expect((await auditRows("service", "parking_meter")).length).toBe(auditsBefore);
    const still = (await call("GET", "/api/admin/services/parking_meter")).json();
    expect(still.departmentCode).toBe("parking");
    expect(still.questions).toHaveLength(2);
  });

  it("edits a service: a removed question goes inactive, the audit names what changed", async () => {
    // A code that LIKE would confuse with this one ("_" matches "-") keeps its translations.
    const twin = await call("POST", "/api/admin/services", {
      ...meter,
      code: "parking-meter",
      name: "Meter twin",
    });
    expect(twin.statusCode, twin.body).toBe(201);
    const res = await call("PUT", "/api/admin/services/parking_meter", {
      ...meter,
      sla: { value: 3, unit: "business_days" },
      questions: [meter.questions[1]],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().questions.map((q: { code: string }) => q.code)).toEqual(["meter_number"]);
    const [update] = (await auditRows("service", "parking_meter")).filter(
      (a) => a.action === "service.update",
    );
    expect(update!.data).toMatchObject({ sla: { before: { value: 2 }, after: { value: 3 } } });
    expect(Object.keys(update!.data as object).sort()).toEqual(["questions", "sla"]);
    const def = (await city.app.inject({ url: "/open311/v2/services/parking_meter.json" })).json();
    expect(JSON.stringify(def)).not.toContain("What is wrong with the meter?");
    const kept = (await call("GET", "/api/admin/services/parking-meter")).json();
    expect(kept.questions[0].translations.es.prompt).toBe("¿Qué le pasa al parquímetro?");
  });

  it("retires a service: Open311 stops listing it, its old requests still read, and it can be restored", async () => {
    const page = (await call("GET", "/api/requests?limit=1")).json();
    const old = page.items[0];
    const code = old.service.code as string;
    expect((await call("POST", `/api/admin/services/${code}/retire`)).json().active).toBe(false);
    const list = (await city.app.inject({ url: "/open311/v2/services.json" })).json();
    expect(list.some((s: { service_code: string }) => s.service_code === code)).toBe(false);
    expect((await city.app.inject({ url: `/open311/v2/services/${code}.json` })).statusCode).toBe(404);
    const detail = await call("GET", `/api/requests/${old.number}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().service.name).toBe(old.service.name);
    const adminList = (await call("GET", "/api/admin/services")).json();
    expect(adminList.items.find((s: { code: string }) => s.code === code).active).toBe(false);
    expect(adminList.defaultEscalation.map((e: { level: number }) => e.level)).toEqual([1, 2, 3]);
    expect((await call("POST", `/api/admin/services/${code}/restore`)).json().active).toBe(true);
    expect((await auditRows("service", code)).map((a) => a.action)).toEqual([
      "service.retire",
      "service.restore",
    ]);
  });

  it("departments: create with translations, edit, refuse to retire while services belong, retire and restore", async () => {
    const dept = {
      code: "meters",
      name: "Meter Shop",
      phone: "555-0100",
      webUrl: "not a url",
      translations: {},
    };
    const bad = await call("POST", "/api/admin/departments", dept);
    expect(bad.json().error.details.map((d: { field: string }) => d.field)).toEqual(["webUrl"]);
    const created = await call("POST", "/api/admin/departments", {
      ...dept,
      webUrl: "https://city.example/meters",
      translations: { es: { name: "Taller de parquímetros" } },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().translations.es.name).toBe("Taller de parquímetros");
    const edited = await call("PUT", "/api/admin/departments/meters", {
      ...dept,
      webUrl: null,
      phone: "555-0199",
    });
    expect(edited.json()).toMatchObject({ phone: "555-0199", translations: {} });
    const refused = await call("POST", "/api/admin/departments/parking/retire");
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain("Broken parking meter");
    expect((await call("POST", "/api/admin/departments/meters/retire")).json().active).toBe(false);
    const onRetired = await call("POST", "/api/admin/services", {
      ...meter,
      code: "meter2",
      departmentCode: "meters",
    });
    expect(onRetired.json().error.details[0]).toMatchObject({ field: "departmentCode" });
    expect((await call("POST", "/api/admin/departments/meters/restore")).json().active).toBe(true);
    expect((await auditRows("department", "meters")).map((a) => a.action)).toEqual([
      "department.create",
      "department.update",
      "department.retire",
      "department.restore",
    ]);
  });

  it("agencies: create, edit handles, retire", async () => {
    const agency = { code: "state-meters", name: "State Weights & Measures", handles: "Scales and pumps" };
    expect((await call("POST", "/api/admin/agencies", agency)).statusCode).toBe(201);
    const edited = await call("PUT", "/api/admin/agencies/state-meters", {
      ...agency,
      handles: "Scales, pumps, taxi meters",
    });
    expect(edited.json().handles).toBe("Scales, pumps, taxi meters");
    expect((await call("POST", "/api/admin/agencies/state-meters/retire")).json().active).toBe(false);
    const list = (await call("GET", "/api/admin/agencies")).json().items;
    expect(list.find((a: { code: string }) => a.code === "state-meters").active).toBe(false);
    expect((await auditRows("agency", "state-meters")).map((a) => a.action)).toEqual([
      "agency.create",
      "agency.update",
      "agency.retire",
    ]);
  });
});
