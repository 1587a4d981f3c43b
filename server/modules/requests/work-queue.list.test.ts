import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  RequestCounts,
  RequestList,
  RequestMap,
  RequestSummary,
  SavedView,
  StaffRequestDetail,
} from "../../../common/contracts/requests.js";
import { rows } from "../../platform/db.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let publicWorks: StaffSessionCookies;
let supervisor: StaffSessionCookies;
let operator: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 90 });
  publicWorks = await signInAs(city.app, "publicworks@civic311.example");
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
  operator = await signInAs(city.app, "operator@civic311.example");
});
afterAll(() => city?.close());

async function get<T>(url: string, who: StaffSessionCookies): Promise<T> {
  const res = await city.app.inject({ method: "GET", url, headers: who.headers });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/** Every page of a list, following nextCursor. */
async function allPages(query: string, who: StaffSessionCookies, limit: number): Promise<RequestSummary[]> {
  const items: RequestSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: RequestList = await get(
      `/api/requests?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`,
      who,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const NOW = Date.parse("2026-11-25T15:00:00.000Z");
const due = (r: RequestSummary) => (r.dueAt ? Date.parse(r.dueAt) : Number.POSITIVE_INFINITY);

describe(`work queue list on ${DB_KIND}`, () => {
  it("orders overdue work first, then by due date, closed last, and pages through it without gaps", async () => {
    const whole = (await get<RequestList>("/api/requests?limit=200", supervisor)).items;
    expect(whole.length).toBeGreaterThan(60);
    const firstClosed = whole.findIndex((r) => r.status === "closed");
    expect(firstClosed).toBeGreaterThan(0);
    expect(whole.slice(firstClosed).every((r) => r.status === "closed")).toBe(true);
    const open = whole.slice(0, firstClosed);
    for (let i = 1; i < open.length; i++) expect(due(open[i]!)).toBeGreaterThanOrEqual(due(open[i - 1]!));
    const overdue = open.filter((r) => r.overdue).length;
    expect(overdue).toBeGreaterThan(0);
    expect(open.slice(0, overdue).every((r) => r.overdue && due(r) < NOW)).toBe(true);
    const paged = await allPages("sort=overdue", supervisor, 7);
    expect(paged.map((r) => r.number)).toEqual(whole.map((r) => r.number));
  });

  it.each([
    ["newest", (a: RequestSummary, b: RequestSummary) => Date.parse(b.createdAt) - Date.parse(a.createdAt)],
    ["oldest", (a: RequestSummary, b: RequestSummary) => Date.parse(a.createdAt) - Date.parse(b.createdAt)],
    ["due", (a: RequestSummary, b: RequestSummary) => due(a) - due(b)],
  ] as const)("sorts by %s and pages through every request once", async (sort, compare) => {
    const whole = (await get<RequestList>(`/api/requests?sort=${sort}&limit=200`, supervisor)).items;
    for (let i = 1; i < whole.length; i++)
      expect(compare(whole[i - 1]!, whole[i]!), `${whole[i]!.number}`).toBeLessThanOrEqual(0);
    const paged = await allPages(`sort=${sort}`, supervisor, 9);
    expect(paged.map((r) => r.number)).toEqual(whole.map((r) => r.number));
    const cursor = (await get<RequestList>(`/api/requests?sort=${sort}&limit=3`, supervisor)).nextCursor;
    const other = sort === "newest" ? "oldest" : "newest";
    const res = await city.app.inject({
      method: "GET",
      url: `/api/requests?sort=${other}&cursor=${cursor}`,
      headers: supervisor.headers,
    });
    expect(res.statusCode, "a cursor only continues its own order").toBe(400);
  });

  it("filters by district, and the detail names the district and links the request's photos", async () => {
    const [ward] = await rows<{ district: string; n: number }>(
      city.database.db,
      sql`select district, count(*)::int as n from service_requests where district is not null
          group by district order by count(*) desc limit 1`,
    );
    const listed = await allPages(`district=${encodeURIComponent(ward!.district)}`, supervisor, 50);
    expect(listed.length).toBe(ward!.n);
    const detail = await get<StaffRequestDetail>(`/api/requests/${listed[0]!.number}`, supervisor);
    expect(detail.district).toBe(ward!.district);

    await city.database.db.execute(sql`insert into attachments
      (request_id, storage_key, filename, content_type, byte_size, public)
      select id, '0123456789abcdef0123456789abcdef.jpg', 'pothole.jpg', 'image/jpeg', 10, true
      from service_requests where number = ${detail.number}`);
    const withPhoto = await get<StaffRequestDetail>(`/api/requests/${detail.number}`, supervisor);
    expect(withPhoto.photos).toEqual([
      {
        url: "/media/0123456789abcdef0123456789abcdef.jpg",
        filename: "pothole.jpg",
        contentType: "image/jpeg",
        public: true,
      },
    ]);
    expect(withPhoto.followers).toBeGreaterThanOrEqual(0);
  });

  it("counts per status for the filter, limited to the department's own requests", async () => {
    const all = await rows<{ status: string; n: number }>(
      city.database.db,
      sql`select r.status, count(*)::int as n from service_requests r join departments d on d.id = r.department_id
          where d.code = 'dpw' group by r.status`,
    );
    const counts = await get<RequestCounts>("/api/requests/counts", publicWorks);
    for (const { status, n } of all) expect(counts.byStatus[status as "new"]).toBe(n);
    expect(counts.total).toBe(all.reduce((sum, r) => sum + r.n, 0));
    const [late] = await rows<{ n: number }>(
      city.database.db,
      sql`select count(*)::int as n from service_requests r join departments d on d.id = r.department_id
          where d.code = 'dpw' and r.status <> 'closed' and r.due_at < ${new Date(NOW).toISOString()}::timestamptz`,
    );
    expect(counts.overdue).toBe(late!.n);
    // The status filter narrows total and overdue but not the per-status figures.
    const open = await get<RequestCounts>("/api/requests/counts?status=new,acknowledged", publicWorks);
    expect(open.byStatus).toEqual(counts.byStatus);
    expect(open.total).toBe((counts.byStatus.new ?? 0) + (counts.byStatus.acknowledged ?? 0));
    // Asking for another department's work gives nothing to department staff, everything to a supervisor.
    const isd = await get<RequestCounts>("/api/requests/counts?department=isd", publicWorks);
    expect(isd.total).toBe(0);
    expect(
      (await get<RequestCounts>("/api/requests/counts?department=isd", supervisor)).total,
    ).toBeGreaterThan(0);
  });

  it("maps the located requests of the same filter, only the department's own", async () => {
    const listed = await allPages("status=new,acknowledged,in_progress,on_hold", publicWorks, 200);
    const map = await get<RequestMap>(
      "/api/requests/map?status=new,acknowledged,in_progress,on_hold",
      publicWorks,
    );
    expect(map.truncated).toBe(false);
    expect(map.items.length + map.unlocated).toBe(listed.length);
    expect(map.items.length).toBeGreaterThan(0);
    const numbers = new Set(listed.map((r) => r.number));
    for (const item of map.items) {
      expect(numbers.has(item.number)).toBe(true);
      expect(Math.abs(item.lat - 42.41)).toBeLessThan(0.2);
      expect(item.status).not.toBe("closed");
    }
    const other = await get<RequestMap>("/api/requests/map?department=isd", publicWorks);
    expect(other.items).toEqual([]);
  });

  it("saves, replaces, lists and deletes a user's own views; others cannot see or delete them", async () => {
    const save = (who: StaffSessionCookies, payload: object) =>
      city.app.inject({ method: "POST", url: "/api/requests/views", headers: who.headers, payload });
    const first = await save(publicWorks, {
      name: "Late potholes",
      query: "?service=pothole,graffiti&overdue=true",
    });
    expect(first.statusCode).toBe(201);
    const view = first.json<SavedView>();
    expect(view.query).toBe("service=pothole,graffiti&overdue=true");
    const again = await save(publicWorks, {
      name: "Late potholes",
      query: "service=pothole&sort=due&cursor=x",
    });
    expect(again.json<SavedView>().id).toBe(view.id);
    expect(again.json<SavedView>().query).toBe("service=pothole&sort=due");
    const bad = await save(publicWorks, { name: "Broken", query: "status=lost" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ field: "query", message: "is not a request-list filter" }]);

    const mine = await get<{ items: SavedView[] }>("/api/requests/views", publicWorks);
    expect(mine.items.map((v) => v.name)).toEqual(["Late potholes"]);
    expect((await get<{ items: SavedView[] }>("/api/requests/views", operator)).items).toEqual([]);
    const stolen = await city.app.inject({
      method: "DELETE",
      url: `/api/requests/views/${view.id}`,
      headers: operator.headers,
    });
    expect(stolen.statusCode).toBe(404);
    const gone = await city.app.inject({
      method: "DELETE",
      url: `/api/requests/views/${view.id}`,
      headers: publicWorks.headers,
    });
    expect(gone.statusCode).toBe(204);
    expect((await get<{ items: SavedView[] }>("/api/requests/views", publicWorks)).items).toEqual([]);
  });
});
