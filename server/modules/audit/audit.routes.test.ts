import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuditEntry, AuditFacets, AuditPage } from "../../../common/contracts/audit.js";
import { auditLog } from "../../db/schema/index.js";
import { signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let admin: Awaited<ReturnType<typeof signInAs>>;
let keyId: number;
let number: string;
let adminId: number;

/** A day after the demo history (and after this machine's own clock, which seeds may use): this file's changes happen on it. */
const DAY = "2026-12-09";
const ANA = { firstName: "Ana", lastName: "Pereira", phone: "(555) 201-3344", email: "ana@mail.example" };

const get = (url: string) => city.app.inject({ method: "GET", url, headers: { cookie: admin.cookie } });
const page = async (query: string): Promise<AuditPage> => {
  const res = await get(`/api/admin/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Every row the viewer shows for a query, walking its pages. */
async function walk(query: string, limit: number): Promise<{ items: AuditEntry[]; total: number }> {
  const items: AuditEntry[] = [];
  let cursor: string | null = null;
  let total = 0;
  do {
    const p = await page(`${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`);
    items.push(...p.items);
    total = p.total;
    cursor = p.nextCursor;
  } while (cursor);
  return { items, total };
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      out.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return out;
}

beforeAll(async () => {
  city = await testCity({ requests: 30, interactions: 10 });
  // Sessions last 12 hours: sign in on the day of the changes (each sign-in is audited too).
  city.clock.set(`${DAY}T15:00:00Z`);
  admin = await signInAs(city.app, "admin@civic311.example");
  const operator = await signInAs(city.app, "operator@civic311.example");
  const supervisor = await signInAs(city.app, "supervisor@civic311.example");
  const post = (who: typeof admin, url: string, payload: object, method: "POST" | "PUT" = "POST") =>
    city.app.inject({ method, url, headers: who.headers, payload });
  const key = await post(admin, "/api/admin/api-keys", { name: "Audit test app", rateLimitPerMinute: 60 });
  keyId = key.json().id;
  city.clock.set(`${DAY}T15:05:00Z`);
  await post(
    admin,
    `/api/admin/api-keys/${keyId}`,
    { name: "Audit test app", rateLimitPerMinute: 90 },
    "PUT",
  );
  const made = await post(operator, "/api/requests", {
    serviceCode: "pothole",
    description: "Deep pothole; call Ana Pereira at (555) 201-3344",
    answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
    location: { address: "12 Test Street, Riverton, MA", lat: 42.41, lng: -71.32 },
    channel: "phone",
    constituent: ANA,
  });
  expect(made.statusCode, made.body).toBe(201);
  number = made.json().number;
  city.clock.set(`${DAY}T15:10:00Z`);
  const status = await post(supervisor, `/api/requests/${number}/status`, {
    status: "in_progress",
    note: "Spoke with Ana Pereira, ana@mail.example",
  });
  expect(status.statusCode, status.body).toBe(200);
  const facets: AuditFacets = (await get("/api/admin/audit/facets")).json();
  adminId = facets.people.find((p) => p.name === "Alex Admin")!.id;
});
afterAll(() => city?.close());

describe(`audit log viewer on ${DB_KIND}`, () => {
  it("offers the people, object types and actions present", async () => {
    const facets: AuditFacets = (await get("/api/admin/audit/facets")).json();
    expect(facets.entities).toEqual(expect.arrayContaining(["api_key", "request", "user"]));
    expect(facets.actions).toEqual(expect.arrayContaining(["api_key.updated", "request.status_changed"]));
    expect(facets.people.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Alex Admin", "Sam Supervisor"]),
    );
  });

  it("each filter narrows to the changes made: person, object type, object id, action, dates", async () => {
    const mine = await page(`person=${adminId}&from=${DAY}&to=${DAY}`);
    expect(mine.items.map((e) => e.action)).toEqual([
      "api_key.updated",
      "api_key.created",
      "session.signed_in",
    ]);
    expect(mine.total).toBe(3);
    expect(mine.items[0]).toMatchObject({
      actor: { userId: adminId, label: "Alex Admin" },
      entity: "api_key",
      entityId: String(keyId),
      changes: [{ field: "rateLimitPerMinute", before: "60", after: "90" }],
    });
    expect((await page(`entity=api_key&from=${DAY}`)).total).toBe(2);
    expect((await page(`entity=api_key&entityId=${keyId}`)).total).toBe(2);
    expect((await page(`action=api_key.updated&from=${DAY}`)).items.map((e) => e.entityId)).toEqual([
      String(keyId),
    ]);
    expect((await page(`action=api_key&from=${DAY}`)).total).toBe(2);
    expect((await page(`entity=user&from=${DAY}`)).items.map((e) => e.action)).toEqual(
      Array(3).fill("session.signed_in"),
    );
    expect((await page(`person=${adminId}&to=2026-11-26&entity=api_key`)).total).toBe(0);
    expect((await page(`q=Audit%20test&from=${DAY}`)).items.map((e) => e.action)).toEqual([
      "api_key.created",
    ]);
    expect((await page(`q=rateLimit&from=${DAY}`)).items.map((e) => e.action)).toEqual(["api_key.updated"]);
  });

  it("shows a request's events with their staff actors and changed fields, never notes", async () => {
    const req = await page(`entity=request&entityId=${number}`);
    const events = req.items.filter((e) => e.id.startsWith("e"));
    expect(events.map((e) => [e.action, e.actor.label])).toEqual([
      ["request.status_changed", "Sam Supervisor"],
      ["request.created", "Olivia Operator"],
    ]);
    expect(events[0]!.changes).toEqual([{ field: "status", before: "New", after: "In progress" }]);
    expect(events[1]!.changes).toEqual(
      expect.arrayContaining([{ field: "service", before: null, after: "pothole" }]),
    );
    expect(events[0]!.summary).toBeNull();
    expect((await page(`q=${number}&entity=request`)).total).toBe(req.total);
    const byPerson = await page(`person=${events[0]!.actor.userId}&from=${DAY}`);
    expect(byPerson.items.map((e) => e.action)).toEqual(["request.status_changed", "session.signed_in"]);
  });

  it("shows residents as 'resident' and never their name, email, phone or words, in the viewer or CSV", async () => {
    const all = await walk("from=2026-01-01", 200);
    expect(all.items.some((e) => e.actor.label === "resident")).toBe(true);
    expect(all.items.some((e) => /^Resident/.test(e.actor.label))).toBe(false);
    const csv = await get("/api/admin/audit.csv");
    expect(csv.statusCode).toBe(200);
    for (const body of [JSON.stringify(all.items), csv.body]) {
      for (const secret of ["Pereira", "ana@mail.example", "201-3344", "5552013344", "Deep pothole; call"]) {
        expect(body).not.toContain(secret);
      }
    }
  });

  it("the CSV holds exactly the viewer's rows for the same filters, with a header and ISO times", async () => {
    const query = "from=2026-11-20&to=2026-11-27";
    const shown = await walk(query, 50);
    const csv = await get(`/api/admin/audit.csv?${query}`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="civic311-audit-/);
    const [header, ...lines] = parseCsv(csv.body);
    expect(header).toEqual([
      "at",
      "actor",
      "actor_user_id",
      "action",
      "object_type",
      "object_id",
      "changes",
      "summary",
    ]);
    expect(lines.length).toBe(shown.total);
    expect(lines.map((l) => [l[0], l[1], l[3], l[4], l[5]])).toEqual(
      shown.items.map((e) => [e.at, e.actor.label, e.action, e.entity, e.entityId ?? ""]),
    );
  });

  it("pages newest first with no gaps or duplicates, however small the pages", async () => {
    const whole = await walk("from=2026-01-01", 200);
    const small = await walk("from=2026-01-01", 7);
    expect(whole.items.length).toBe(whole.total);
    expect(small.items.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    expect(new Set(small.items.map((e) => e.id)).size).toBe(small.items.length);
    const times = small.items.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("refuses bad filters with 400 and a clear message, changing nothing", async () => {
    const before = (await city.database.db.select().from(auditLog)).length;
    const bad: [string, string][] = [
      ["person=bob", "Person must be a staff member's id"],
      ["from=2026-13-01", "From must be a date"],
      ["from=2026-11-27&to=2026-11-01", "The start date must be on or before the end date."],
      ["cursor=nonsense", "That page cursor is not valid"],
      ["entity=Drop%20table", "Object type must be a word"],
      ["limit=0", "limit"],
    ];
    for (const [query, message] of bad) {
      const res = await get(`/api/admin/audit?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.message).toContain(message);
    }
    const csv = await get("/api/admin/audit.csv?from=2026-11-27&to=2026-11-01");
    expect(csv.statusCode).toBe(400);
    expect(csv.json().error.message).toBe("The start date must be on or before the end date.");
    expect((await city.database.db.select().from(auditLog)).length).toBe(before);
  });
});
