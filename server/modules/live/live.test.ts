import http from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RequestDetail, RequestList } from "../../../common/contracts/requests.js";
import { buildApp } from "../../app.js";
import { type Database, openDatabase } from "../../platform/db.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

interface LiveEvent {
  event: string;
  data: { number: string; type: string; eventId: number };
}

/** A real SSE client over loopback HTTP: collects `request` events and lets a test wait for one. */
function openStream(baseUrl: string, cookie: string) {
  const events: LiveEvent[] = [];
  const waiters: (() => void)[] = [];
  let buffer = "";
  let status = 0;
  let request: http.ClientRequest | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    const req = http.get(`${baseUrl}/api/events/stream`, { headers: { cookie } }, (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = Object.fromEntries(
            block
              .split("\n")
              .filter((line) => line && !line.startsWith(":"))
              .map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()]),
          );
          if (fields.event) events.push({ event: fields.event, data: JSON.parse(fields.data ?? "{}") });
          for (const wake of waiters.splice(0)) wake();
          end = buffer.indexOf("\n\n");
        }
        resolve();
      });
      res.on("end", () => resolve());
    });
    req.on("error", reject);
    request = req;
  });
  const stream = {
    events,
    ready,
    status: () => status,
    close: () => request?.destroy(),
    /** Resolves with the first event matching, failing after `ms`. */
    async waitFor(match: (e: LiveEvent) => boolean, ms = 10_000): Promise<LiveEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no matching event; got ${JSON.stringify(events)}`);
        await new Promise<void>((wake) => {
          waiters.push(wake);
          setTimeout(wake, 200);
        });
      }
    },
  };
  return stream;
}

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

let city: TestCity;
let baseUrl: string;
let operator: StaffSessionCookies;
let publicWorks: StaffSessionCookies;

beforeAll(async () => {
  city = await testCity({ requests: 20, interactions: 0 });
  baseUrl = await listen(city.app);
  operator = await signInAs(city.app, "operator@civic311.example");
  publicWorks = await signInAs(city.app, "publicworks@civic311.example");
});
afterAll(() => city?.close());

const pothole = {
  serviceCode: "pothole",
  description: "Pothole reported while a queue was open",
  answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
  location: { address: "12 Test Street, Riverton, MA", lat: 42.41, lng: -71.32 },
  channel: "phone",
};

async function createThrough(app: FastifyInstance, who: StaffSessionCookies, body: object): Promise<string> {
  const res = await app.inject({ method: "POST", url: "/api/requests", headers: who.headers, payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<RequestDetail>().number;
}

describe(`live updates on ${DB_KIND}`, () => {
  it("refuses a stream without a staff session", async () => {
    const res = await city.app.inject({ method: "GET", url: "/api/events/stream" });
    expect(res.statusCode).toBe(401);
  });

  it("streams a new request and its changes to the owning department, and nothing of other departments", async () => {
    const stream = openStream(baseUrl, publicWorks.cookie);
    await stream.ready;
    expect(stream.status()).toBe(200);
    // Another department's change first: the Public Works stream must skip it and still get the pothole after.
    const foreign = (
      await city.app.inject({
        method: "GET",
        url: "/api/requests?status=new,acknowledged,in_progress&limit=200",
        headers: operator.headers,
      })
    )
      .json<RequestList>()
      .items.find((r) => r.department.code !== "dpw")!;
    const supervisor = await signInAs(city.app, "supervisor@civic311.example");
    await city.app.inject({
      method: "POST",
      url: `/api/requests/${foreign.number}/notes`,
      headers: supervisor.headers,
      payload: { body: "Checked with the inspector", public: false },
    });
    const number = await createThrough(city.app, operator, pothole);
    const created = await stream.waitFor((e) => e.data.number === number);
    expect(created).toMatchObject({ event: "request", data: { number, type: "created" } });
    expect(stream.events.some((e) => e.data.number === foreign.number)).toBe(false);

    await city.app.inject({
      method: "POST",
      url: `/api/requests/${number}/status`,
      headers: publicWorks.headers,
      payload: { status: "acknowledged" },
    });
    await stream.waitFor((e) => e.data.number === number && e.data.type === "status_changed");
    stream.close();
  });

  it.runIf(DB_KIND === "postgres")(
    "a change made through one app process reaches a stream held by another (LISTEN/NOTIFY over one database)",
    async () => {
      const url = ((city.database.db as unknown as { $client: pg.Pool }).$client.options as pg.PoolConfig)
        .connectionString!;
      const second: Database = await openDatabase({ databaseUrl: url, dataDir: "", owner: "tests" });
      // The same job queue as app A where the test city has one (pg-boss on the same database).
      const jobs = "jobs" in city ? { jobs: city.jobs } : {};
      const appB = await buildApp({
        config: city.config,
        database: second,
        clock: city.clock,
        ...jobs,
      } as Parameters<typeof buildApp>[0]);
      try {
        const baseB = await listen(appB);
        const onB = openStream(baseB, (await signInAs(appB, "publicworks@civic311.example")).cookie);
        await onB.ready;
        const number = await createThrough(city.app, operator, { ...pothole, description: "Made on A" });
        const heard = await onB.waitFor((e) => e.data.number === number);
        expect(heard.data.type).toBe("created");
        onB.close();
      } finally {
        await appB.close();
        await second.close();
      }
    },
  );
});
