import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs, type TestCity, testCity } from "../test/app.js";
import { DB_KIND } from "../test/database.js";

let city: TestCity;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
});
afterAll(() => city?.close());

describe(`operations endpoints on ${DB_KIND}`, () => {
  it("/healthz says the process is alive", async () => {
    const res = await city.app.inject({ method: "GET", url: "/healthz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("/readyz checks the database and the migrations", async () => {
    const res = await city.app.inject({ method: "GET", url: "/readyz" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ready", database: true, migrations: true });
  });

  it("/metrics serves Prometheus text with request durations by route", async () => {
    await city.app.inject({ method: "GET", url: "/api/city" });
    const res = await city.app.inject({ method: "GET", url: "/metrics" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/plain");
    expect(res.body).toContain(
      'civic311_http_request_duration_seconds_count{method="GET",route="/api/city",status="200"}',
    );
    expect(res.body).toContain("process_cpu_user_seconds_total");
  });

  it("answers unknown API paths with a JSON 404 and unknown pages with the web app", async () => {
    const api = await city.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe("not_found");
    const page = await city.app.inject({ method: "GET", url: "/staff/requests/123" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
  });

  it("serves the city's public facts", async () => {
    const res = await city.app.inject({ method: "GET", url: "/api/city" });
    expect(res.json()).toMatchObject({ name: "Riverton", state: "MA", timeZone: "America/New_York" });
  });
});

describe("logs", () => {
  it("never carry residents' names, phones or emails, nor cookies or passwords", async () => {
    let logged = "";
    const sink = new Writable({
      write(chunk, _enc, done) {
        logged += chunk;
        done();
      },
    });
    const { buildApp } = await import("../app.js");
    const { loadConfig } = await import("./config.js");
    const config = { ...loadConfig({ SEED: "demo", LOG_LEVEL: "trace", DATA_DIR: city.config.dataDir }) };
    const app = await buildApp({
      config,
      database: city.database,
      clock: city.clock,
      jobs: city.jobs,
      logStream: sink,
    });
    try {
      const s = await signInAs(app, "operator@civic311.example");
      const res = await app.inject({
        method: "POST",
        url: "/api/requests?note=Zelda",
        headers: s.headers,
        payload: {
          serviceCode: "pothole",
          answers: { size: "plate_to_tire" },
          constituent: {
            firstName: "Zelda",
            lastName: "Quixote",
            phone: "(555) 987-6543",
            email: "zelda.quixote@mail.example",
          },
        },
      });
      expect(res.statusCode).toBe(201);
      await app.inject({ method: "GET", url: `/api/requests?q=Quixote`, headers: s.headers });
      expect(logged.length).toBeGreaterThan(0);
      for (const secret of [
        "Zelda",
        "Quixote",
        "987-6543",
        "zelda.quixote",
        "demo311",
        s.csrf,
        s.cookie.split("=")[1]!,
      ]) {
        expect(logged, secret).not.toContain(secret);
      }
    } finally {
      await app.close();
    }
  });
});
