import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BulkProblem, RequestList, StaffRequestDetail } from "../../../common/contracts/requests.js";
import { rows } from "../../platform/db.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let publicWorks: StaffSessionCookies;
let supervisor: StaffSessionCookies;
let operator: StaffSessionCookies;
let dpwStaff: { id: number; name: string }[];

beforeAll(async () => {
  city = await testCity({ requests: 90 });
  publicWorks = await signInAs(city.app, "publicworks@civic311.example");
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
  operator = await signInAs(city.app, "operator@civic311.example");
  dpwStaff = (await inject("GET", "/api/staff?department=dpw", publicWorks)).json().items;
});
afterAll(() => city?.close());

function inject(method: "GET" | "POST", url: string, who: StaffSessionCookies, payload?: object) {
  return city.app.inject({ method, url, headers: who.headers, payload });
}

async function numbers(query: string, who: StaffSessionCookies, count: number): Promise<string[]> {
  const list = (await inject("GET", `/api/requests?${query}&limit=${count}`, who)).json<RequestList>();
  expect(list.items.length).toBe(count);
  return list.items.map((r) => r.number);
}

/** Each request's status, assignee and timeline length, read straight from the database. */
async function state(list: string[]) {
  return rows<{ number: string; status: string; assignee: number | null; events: number }>(
    city.database.db,
    sql`select r.number, r.status, r.assignee_user_id as assignee,
          (select count(*)::int from request_events e where e.request_id = r.id) as events
        from service_requests r where r.number in ${sql.raw(`(${list.map((n) => `'${n}'`).join(",")})`)}
        order by r.number`,
  );
}

const detail = async (number: string) =>
  (await inject("GET", `/api/requests/${number}`, supervisor)).json<StaffRequestDetail>();

describe(`bulk changes and reassignment on ${DB_KIND}`, () => {
  it("Public Works assigns two of its requests at once, each with its own timeline event", async () => {
    const list = (
      await inject(
        "GET",
        "/api/requests?department=dpw&status=new,acknowledged,in_progress,on_hold",
        publicWorks,
      )
    ).json<RequestList>();
    const two = list.items.slice(0, 2).map((r) => r.number);
    expect(two.length).toBe(2);
    // Someone neither is assigned to yet, so both really change.
    const current = list.items.slice(0, 2).map((r) => r.assignee?.id);
    const colleague = dpwStaff.find((s) => !current.includes(s.id))!;
    const res = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "assign",
      numbers: two,
      assigneeId: colleague.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ numbers: two });
    for (const number of two) {
      const d = await detail(number);
      expect(d.assignee).toEqual({ id: colleague.id, name: colleague.name });
      const last = d.events[d.events.length - 1]!;
      expect(last.type).toBe("assigned");
      expect(last.actor?.name).toBe("Pat Publicworks");
      expect(last.body).toBe(`Assigned to ${colleague.name}`);
    }
  });

  it("changes nothing when one request is another department's: that one is reported not found", async () => {
    const own = await numbers("department=dpw&status=new,acknowledged", publicWorks, 2);
    const open = (
      await inject("GET", "/api/requests?status=new,acknowledged&limit=200", supervisor)
    ).json<RequestList>();
    const foreign = open.items.find((r) => r.department.code !== "dpw")?.number;
    expect(foreign).toBeDefined();
    const all = [own[0]!, foreign!, own[1]!];
    const before = await state(all);
    const res = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "status",
      numbers: all,
      status: "in_progress",
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("not_found");
    expect(res.json().error.details).toEqual([
      { field: "numbers.1", number: foreign!, code: "not_found", message: "Request not found" },
    ] satisfies BulkProblem[]);
    expect(await state(all)).toEqual(before);
  });

  it("closes several with a reason and a public note; a refused transition rolls back every other change", async () => {
    const open = await numbers("department=dpw&status=new,acknowledged,in_progress", publicWorks, 3);
    const noReason = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "status",
      numbers: open,
      status: "closed",
    });
    expect(noReason.statusCode).toBe(400);
    const closed = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "status",
      numbers: open.slice(0, 2),
      status: "closed",
      closeReason: "fixed",
      note: "Crew patched these on Tuesday.",
    });
    expect(closed.statusCode).toBe(200);
    for (const number of open.slice(0, 2)) {
      const d = await detail(number);
      expect(d.statusLabel).toBe("Closed: Fixed");
      const last = d.events[d.events.length - 1]!;
      expect(last).toMatchObject({
        type: "status_changed",
        public: true,
        body: "Crew patched these on Tuesday.",
      });
    }
    // Closed requests cannot go on hold: two refusals, reported together, and the open one stays as it was.
    const before = await state(open);
    const mixed = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "status",
      numbers: open,
      status: "on_hold",
    });
    expect(mixed.statusCode).toBe(409);
    const problems = mixed.json().error.details as BulkProblem[];
    expect(problems.map((p) => [p.field, p.number, p.code])).toEqual([
      ["numbers.0", open[0], "invalid_transition"],
      ["numbers.1", open[1], "invalid_transition"],
    ]);
    expect(mixed.json().error.message).toContain("2 of 3 requests could not be changed");
    expect(await state(open)).toEqual(before);
  });

  it("refuses operators (403 per request), duplicates and empty lists", async () => {
    const two = await numbers("department=dpw&status=new,acknowledged,in_progress,on_hold", supervisor, 2);
    const res = await inject("POST", "/api/requests/bulk", operator, {
      action: "status",
      numbers: two,
      status: "acknowledged",
    });
    expect(res.statusCode).toBe(403);
    expect((res.json().error.details as BulkProblem[]).map((p) => p.code)).toEqual([
      "forbidden",
      "forbidden",
    ]);
    for (const numbers of [[], [two[0], two[0]]]) {
      const bad = await inject("POST", "/api/requests/bulk", supervisor, {
        action: "assign",
        numbers,
        assigneeId: null,
      });
      expect(bad.statusCode).toBe(400);
    }
    const outsider = await inject("POST", "/api/requests/bulk", publicWorks, {
      action: "assign",
      numbers: two,
      assigneeId: 999999,
    });
    expect(outsider.statusCode).toBe(400);
    expect((outsider.json().error.details as BulkProblem[]).map((p) => p.field)).toEqual([
      "numbers.0",
      "numbers.1",
    ]);
  });

  it("reassigns to another department with a reason; the old department loses it, the new one gets it", async () => {
    const colleague = dpwStaff.find((s) => s.name !== "Pat Publicworks")!;
    const [number] = await numbers("department=dpw&status=new,acknowledged", publicWorks, 1);
    await inject("POST", `/api/requests/${number}/assign`, publicWorks, { assigneeId: colleague.id });
    const url = `/api/requests/${number}/reassign`;
    expect(
      (await inject("POST", url, publicWorks, { departmentCode: "parks", reason: " " })).statusCode,
    ).toBe(400);
    const same = await inject("POST", url, publicWorks, { departmentCode: "dpw", reason: "Ours" });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.details[0].field).toBe("departmentCode");
    expect((await inject("POST", url, publicWorks, { departmentCode: "nope", reason: "x" })).statusCode).toBe(
      400,
    );
    expect((await inject("POST", url, operator, { departmentCode: "parks", reason: "x" })).statusCode).toBe(
      403,
    );

    const moved = await inject("POST", url, publicWorks, {
      departmentCode: "parks",
      reason: "The tree is in the park, not on the street.",
    });
    expect(moved.statusCode).toBe(204);
    expect((await inject("GET", `/api/requests/${number}`, publicWorks)).statusCode).toBe(404);
    const d = await detail(number!);
    expect(d.department.code).toBe("parks");
    expect(d.assignee).toBeNull();
    const last = d.events[d.events.length - 1]!;
    expect(last).toMatchObject({
      type: "reassigned",
      public: false,
      body: "The tree is in the park, not on the street.",
      data: { from: "dpw", to: "parks", label: "From Public Works to Parks & Recreation" },
    });
    // Now it is Parks' request: Public Works can neither see nor move it back.
    expect((await inject("POST", url, publicWorks, { departmentCode: "dpw", reason: "x" })).statusCode).toBe(
      404,
    );
    const back = await inject("POST", url, supervisor, {
      departmentCode: "dpw",
      reason: "Street tree after all",
    });
    expect(back.statusCode).toBe(200);
    expect(back.json<StaffRequestDetail>().department.code).toBe("dpw");
  });
});
