import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail, RequestList } from "../../../common/contracts/requests.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let operator: StaffSessionCookies;
let publicWorks: StaffSessionCookies;
let supervisor: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity();
  operator = await signInAs(city.app, "operator@civic311.example");
  publicWorks = await signInAs(city.app, "publicworks@civic311.example");
  supervisor = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const pothole = {
  serviceCode: "pothole",
  description: "Deep pothole in the eastbound lane",
  answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
  location: { address: "12 Test Street, Riverton, MA", lat: 42.41, lng: -71.32 },
  channel: "phone",
  constituent: { firstName: "Ana", lastName: "Pereira", phone: "(555) 201-3344", email: "ana@mail.example" },
};

async function create(body: unknown, who = operator) {
  return city.app.inject({
    method: "POST",
    url: "/api/requests",
    headers: who.headers,
    payload: body as object,
  });
}

describe(`staff request API on ${DB_KIND}`, () => {
  it("creates a request: 201, routed to Public Works, due after the Thanksgiving holiday and the weekend", async () => {
    const res = await create(pothole);
    expect(res.statusCode).toBe(201);
    const body = res.json<RequestDetail>();
    expect(body.number).toMatch(/^\d{7}$/);
    expect(res.headers.location).toBe(`/api/requests/${body.number}`);
    expect(body.department).toEqual({ code: "dpw", name: "Public Works" });
    expect(body.status).toBe("new");
    // Wed 25 Nov 10:00 + 3 business days: Thu 26 is Thanksgiving, then Fri 27, Mon 30, Tue 1 Dec at DPW's 15:30 close.
    expect(body.dueAt).toBe("2026-12-01T20:30:00.000Z");
    expect(body.events.map((e) => e.type)).toEqual(["created"]);
    expect(body.events[0]!.actor?.name).toBe("Olivia Operator");
    expect(body.answers).toContainEqual({
      code: "size",
      label: "About how big is the pothole?",
      value: "Larger than a car tire",
    });
    expect(body.constituent?.name).toBe("Ana Pereira");
  });

  it("rejects invalid answers with 400 naming each field, and creates nothing", async () => {
    const before = (
      await city.app.inject({ method: "GET", url: "/api/requests?limit=200", headers: supervisor.headers })
    ).json<RequestList>();
    const res = await create({ ...pothole, answers: { size: "enormous", colour: "red" } });
    expect(res.statusCode).toBe(400);
    const err = res.json();
    expect(err.error.code).toBe("validation_failed");
    const fields = err.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["answers.size", "answers.colour"]));
    const missing = await create({ ...pothole, answers: {} });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toContainEqual({
      field: "answers.size",
      message: "is required (About how big is the pothole?)",
    });
    const after = (
      await city.app.inject({ method: "GET", url: "/api/requests?limit=200", headers: supervisor.headers })
    ).json<RequestList>();
    expect(after.items.length).toBe(before.items.length);
  });

  it("rejects a malformed body in the staff error format", async () => {
    const res = await create({ serviceCode: "pothole", location: { lat: 500 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe("validation_failed");
    expect(JSON.stringify(res.json().error.details)).toContain("location");
    const unknown = await create({ ...pothole, serviceCode: "no_such_thing" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe("serviceCode");
  });

  it("answers 401 to anonymous callers, on reads and writes", async () => {
    for (const [method, url] of [
      ["GET", "/api/requests"],
      ["POST", "/api/requests"],
      ["GET", "/api/requests/1000001"],
      ["GET", "/api/session"],
    ] as const) {
      const res = await city.app.inject({ method, url, payload: method === "POST" ? pothole : undefined });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe("unauthenticated");
    }
  });

  it("refuses cookie-authenticated writes without the CSRF token", async () => {
    const res = await city.app.inject({
      method: "POST",
      url: "/api/requests",
      headers: { cookie: operator.cookie },
      payload: pothole,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe("csrf_failed");
  });

  it("hides another department's request from Public Works staff with 404, in reads and lists", async () => {
    const res = await create({
      serviceCode: "abandoned_building",
      answers: {},
      description: "Boarded-up house",
      channel: "phone",
    });
    // abandoned_building has a required question; answer it from the live service definition
    const services = (
      await city.app.inject({ method: "GET", url: "/api/services", headers: operator.headers })
    ).json();
    const def = services.items.find((s: { code: string }) => s.code === "abandoned_building");
    expect(def.department.code).not.toBe("dpw");
    expect(res.statusCode).toBe(400);
    const answers = Object.fromEntries(
      def.questions
        .filter((q: { required: boolean }) => q.required)
        .map((q: { code: string; datatype: string; values: { key: string }[] }) => [
          q.code,
          q.datatype.endsWith("list")
            ? q.datatype === "multivaluelist"
              ? [q.values[0]!.key]
              : q.values[0]!.key
            : q.datatype === "number"
              ? 1
              : "yes",
        ]),
    );
    const made = await create({ serviceCode: "abandoned_building", answers, channel: "phone" });
    expect(made.statusCode).toBe(201);
    const number = made.json<RequestDetail>().number;
    const hidden = await city.app.inject({
      method: "GET",
      url: `/api/requests/${number}`,
      headers: publicWorks.headers,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().error.code).toBe("not_found");
    const visible = await city.app.inject({
      method: "GET",
      url: `/api/requests/${number}`,
      headers: supervisor.headers,
    });
    expect(visible.statusCode).toBe(200);
    const list = (
      await city.app.inject({ method: "GET", url: "/api/requests?limit=200", headers: publicWorks.headers })
    ).json<RequestList>();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((r) => r.department.code === "dpw")).toBe(true);
    const notes = await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/status`,
      headers: publicWorks.headers,
      payload: { status: "acknowledged" },
    });
    expect(notes.statusCode).toBe(404);
  });

  it("moves a request along allowed transitions and refuses the others with 409", async () => {
    const number = (await create(pothole)).json<RequestDetail>().number;
    const url = `/api/requests/${number}/status`;
    const ack = await city.app.inject({
      method: "POST",
      url,
      headers: publicWorks.headers,
      payload: { status: "acknowledged" },
    });
    expect(ack.statusCode).toBe(200);
    const back = await city.app.inject({
      method: "POST",
      url,
      headers: publicWorks.headers,
      payload: { status: "new" },
    });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.code).toBe("invalid_transition");
    const noReason = await city.app.inject({
      method: "POST",
      url,
      headers: publicWorks.headers,
      payload: { status: "closed" },
    });
    expect(noReason.statusCode).toBe(400);
    const closed = await city.app.inject({
      method: "POST",
      url,
      headers: publicWorks.headers,
      payload: { status: "closed", closeReason: "duplicate", note: "Already reported" },
    });
    expect(closed.statusCode).toBe(200);
    const detail = closed.json<RequestDetail>();
    expect(detail.statusLabel).toBe("Closed: Duplicate");
    expect(detail.events.map((e) => e.type)).toEqual(["created", "status_changed", "status_changed"]);
    expect(detail.events[2]!.actor?.name).toBe("Pat Publicworks");
    const operatorTry = await city.app.inject({
      method: "POST",
      url,
      headers: operator.headers,
      payload: { status: "in_progress" },
    });
    expect(operatorTry.statusCode).toBe(403);
  });

  it("assigns within the department and records internal and public notes on the timeline", async () => {
    const number = (await create(pothole)).json<RequestDetail>().number;
    const staff = (
      await city.app.inject({ method: "GET", url: "/api/staff?department=dpw", headers: publicWorks.headers })
    ).json();
    const pat = staff.items.find((s: { name: string }) => s.name === "Pat Publicworks");
    const assigned = await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/assign`,
      headers: publicWorks.headers,
      payload: { assigneeId: pat.id },
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json<RequestDetail>().assignee?.name).toBe("Pat Publicworks");
    const operatorId = (
      await city.app.inject({ method: "GET", url: "/api/session", headers: operator.headers })
    ).json().user.id;
    const wrong = await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/assign`,
      headers: publicWorks.headers,
      payload: { assigneeId: operatorId + 100000 },
    });
    expect(wrong.statusCode).toBe(400);
    await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/notes`,
      headers: operator.headers,
      payload: { body: "Caller called back", public: false },
    });
    const noted = await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/notes`,
      headers: publicWorks.headers,
      payload: { body: "Crew scheduled", public: true },
    });
    const events = noted.json<RequestDetail>().events;
    expect(events.map((e) => [e.type, e.public])).toEqual([
      ["created", true],
      ["assigned", false],
      ["note", false],
      ["note", true],
    ]);
    const mine = (
      await city.app.inject({ method: "GET", url: "/api/requests?assignee=me", headers: publicWorks.headers })
    ).json<RequestList>();
    expect(mine.items.map((r) => r.number)).toContain(number);
  });

  it("lists with filters and cursor pagination that neither skips nor repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/requests?limit=7${cursor ? `&cursor=${cursor}` : ""}`;
      const page: RequestList = (
        await city.app.inject({ method: "GET", url, headers: supervisor.headers })
      ).json();
      seen.push(...page.items.map((r) => r.number));
      cursor = page.nextCursor;
    } while (cursor);
    const all = (
      await city.app.inject({ method: "GET", url: "/api/requests?limit=200", headers: supervisor.headers })
    ).json<RequestList>();
    expect(seen).toEqual(all.items.map((r) => r.number));
    expect(new Set(seen).size).toBe(seen.length);

    const closed = (
      await city.app.inject({
        method: "GET",
        url: "/api/requests?status=closed&limit=200",
        headers: supervisor.headers,
      })
    ).json<RequestList>();
    expect(closed.items.every((r) => r.status === "closed")).toBe(true);
    expect(closed.items.length).toBeGreaterThan(0);
    const potholes = (
      await city.app.inject({
        method: "GET",
        url: "/api/requests?service=pothole&limit=200",
        headers: supervisor.headers,
      })
    ).json<RequestList>();
    expect(potholes.items.every((r) => r.service.code === "pothole")).toBe(true);
    const overdue = (
      await city.app.inject({
        method: "GET",
        url: "/api/requests?overdue=true&limit=200",
        headers: supervisor.headers,
      })
    ).json<RequestList>();
    expect(overdue.items.every((r) => r.overdue)).toBe(true);
    const text = (
      await city.app.inject({ method: "GET", url: "/api/requests?q=eastbound", headers: supervisor.headers })
    ).json<RequestList>();
    expect(text.items.length).toBeGreaterThan(0);
    expect(text.items.every((r) => r.description?.includes("eastbound"))).toBe(true);
    const today = (
      await city.app.inject({
        method: "GET",
        url: "/api/requests?from=2026-11-25&to=2026-11-25&limit=200",
        headers: supervisor.headers,
      })
    ).json<RequestList>();
    expect(today.items.every((r) => r.createdAt.startsWith("2026-11-25"))).toBe(true);
    const bad = await city.app.inject({
      method: "GET",
      url: "/api/requests?status=lost",
      headers: supervisor.headers,
    });
    expect(bad.statusCode).toBe(400);
  });
});
