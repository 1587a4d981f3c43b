import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { createUser } from "./modules/auth/index.js";
import { fixedClock } from "./platform/clock.js";
import { loadConfig } from "./platform/config.js";
import type { Database } from "./platform/db.js";
import { type JobQueue, startJobs } from "./platform/jobs.js";
import { signInAs, TEST_NOW } from "./test/app.js";
import { DB_KIND, freshDatabase } from "./test/database.js";
import { QUEUES } from "./worker.js";

// Issue 9's "done when": a new city goes from an empty database to taking calls with nothing but the first
// administrator (`civic311 user add`), a configuration file and the admin API — no seed, no SQL.
const CITY_YAML = `version: 1
city:
  name: Riverton
  phone311: "311"
  jurisdiction_id: riverton.example
  languages: [en, es]
departments:
  - code: traffic
    name: Traffic & Parking
    phone: (555) 311-2400
    working_hours:
      mon: [08:30-12:00, 13:00-16:30]
      tue: [08:30-16:30]
      wed: [08:30-16:30]
      thu: [08:30-16:30]
      fri: [08:30-16:30]
holidays:
  - { date: "2026-11-26", name: Thanksgiving Day }
services:
  - code: parking_meter
    name: Broken parking meter
    group: Parking & Vehicles
    department: traffic
    sla: { value: 2, unit: business_days }
    questions:
      - code: meter_number
        datatype: string
        prompt: What is the meter's number?
      - code: problem
        datatype: singlevaluelist
        prompt: What is wrong with it?
        required: true
        values:
          - { key: no_payment, name: Does not take payment }
          - { key: blank, name: Screen is blank }
`;

let database: Database;
let jobs: JobQueue;
let app: FastifyInstance;
const ADMIN = { email: "first.admin@riverton.example", password: "a long first password" };

beforeAll(async () => {
  database = await freshDatabase();
  const config = loadConfig({
    SEED: "none",
    SESSION_SECRET: "x".repeat(40),
    LOG_LEVEL: "silent",
    DATA_DIR: mkdtempSync(path.join(tmpdir(), "civic311-new-city-")),
    TZ: "America/New_York",
  });
  // What `civic311 user add --role admin` does.
  await createUser(
    { tx: database.db, actor: { kind: "system", label: "civic311 user add" } },
    { ...ADMIN, name: "First Admin", role: "admin" },
  );
  jobs = await startJobs(database, QUEUES, { supervise: false });
  app = await buildApp({ config, database, clock: fixedClock(TEST_NOW), jobs });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await jobs?.stop();
  await database?.close();
});

describe(`a new city, from an empty database to taking calls, on ${DB_KIND}`, () => {
  it("is configured from a file and the admin API, then an operator takes a call", async () => {
    const admin = await signInAs(app, ADMIN.email, ADMIN.password);
    const call = (method: "GET" | "POST", url: string, payload?: object, who = admin) =>
      app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
    expect((await call("GET", "/api/services")).json().items).toEqual([]);
    const preview = await call("POST", "/api/admin/config/preview", { yaml: CITY_YAML });
    expect(preview.statusCode, preview.body).toBe(200);
    const imported = await call("POST", "/api/admin/config/import", {
      yaml: CITY_YAML,
      fingerprint: preview.json().fingerprint,
    });
    expect(imported.statusCode, imported.body).toBe(200);

    const person = await call("POST", "/api/admin/people", {
      name: "Olive Operator",
      email: "olive@riverton.example",
      role: "operator",
      password: "operator password 1",
    });
    expect(person.statusCode, person.body).toBe(201);
    const operator = await signInAs(app, "olive@riverton.example", "operator password 1");

    // Wednesday 25 November 2026, 10:00: two business days, skipping Thanksgiving and the weekend, end at the
    // close of Monday 30 November (16:30 in the department's hours).
    const created = await call(
      "POST",
      "/api/requests",
      {
        serviceCode: "parking_meter",
        channel: "phone",
        answers: { problem: "blank", meter_number: "M-1204" },
        location: { address: "12 Main St", lat: 42.37, lng: -71.1 },
        description: "Meter outside the library",
      },
      operator,
    );
    expect(created.statusCode, created.body).toBe(201);
    const number = created.json().number;
    const detail = (await call("GET", `/api/requests/${number}`, undefined, operator)).json();
    expect(detail.department.code).toBe("traffic");
    expect(detail.dueAt).toBe("2026-11-30T21:30:00.000Z");

    const open311 = await app.inject({ method: "GET", url: "/open311/v2/services.json" });
    expect(open311.json().map((s: { service_code: string }) => s.service_code)).toEqual(["parking_meter"]);
    expect((await app.inject({ method: "GET", url: "/api/city" })).json().name).toBe("Riverton");

    // Every step is in the audit log: the import, the new person and the request.
    const audit = (await call("GET", "/api/admin/audit")).json();
    const actions = audit.items.map((e: { action: string }) => e.action).join(" ");
    expect(actions).toMatch(/config\.import/);
    expect(actions).toMatch(/person|user/);
    expect(actions).toMatch(/created/);
  });
});
