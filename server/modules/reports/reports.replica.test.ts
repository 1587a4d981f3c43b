import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { type Database, openDatabase } from "../../platform/db.js";
import { signInAs, type TestCity, testCity } from "../../test/app.js";
import { freshDatabase, TEST_DATABASE_URL } from "../../test/database.js";

// REPORTS_DATABASE_URL: the dashboards, the public figures and the open data read from a replica. A real
// replica is another server; here it is the same database through a read-only connection (every transaction
// read-only, as on a hot standby), and, to show which connection is read, an empty database.
const RANGE = "from=2026-05-01&to=2026-11-25";
const READS = [
  `/api/reports/requests?${RANGE}`,
  `/api/reports/contacts?${RANGE}`,
  `/api/reports/records?measure=opened&${RANGE}`,
  "/api/public/performance",
  "/open-data/requests.csv",
];

if (!TEST_DATABASE_URL)
  console.log("Skipping the reports replica tests: they need PostgreSQL (TEST_DATABASE_URL).");

describe.skipIf(!TEST_DATABASE_URL)("reports from a read-only replica (REPORTS_DATABASE_URL)", () => {
  let city: TestCity;
  let replica: Database;
  let empty: Database;
  let onReplica: FastifyInstance;
  let onEmpty: FastifyInstance;
  beforeAll(async () => {
    city = await testCity({ requests: 60, interactions: 60 });
    const url = new URL((city.database as Database & { url: string }).url);
    url.searchParams.set("options", "-c default_transaction_read_only=on");
    replica = await openDatabase({ databaseUrl: url.toString(), dataDir: "", owner: "tests" });
    empty = await freshDatabase();
    const deps = { config: city.config, database: city.database, clock: city.clock, jobs: city.jobs };
    onReplica = await buildApp({ ...deps, reportsDatabase: replica });
    onEmpty = await buildApp({ ...deps, reportsDatabase: empty });
  });
  afterAll(async () => {
    await onReplica?.close();
    await onEmpty?.close();
    await replica?.close();
    await empty?.close();
    await city?.close();
  });

  async function read(app: FastifyInstance, url: string) {
    const who = await signInAs(app, "supervisor@civic311.example");
    const res = await app.inject({ method: "GET", url, headers: { cookie: who.cookie } });
    expect(res.statusCode, url).toBe(200);
    return res.body;
  }

  it("every report read works on a read-only connection and gives the primary's figures", async () => {
    for (const url of READS) expect(await read(onReplica, url), url).toBe(await read(city.app, url));
  });

  it("the reads go to the replica, and everything else stays on the primary", async () => {
    const primary = JSON.parse(await read(city.app, `/api/reports/requests?${RANGE}`));
    const fromEmpty = JSON.parse(await read(onEmpty, `/api/reports/requests?${RANGE}`));
    expect(JSON.stringify(primary)).not.toBe(JSON.stringify(fromEmpty));
    expect(await read(onEmpty, "/open-data/requests.csv")).not.toBe(
      await read(city.app, "/open-data/requests.csv"),
    );
    // Sign-in, the request list and the catalog still read the primary.
    expect(await read(onEmpty, "/api/requests?limit=5")).toBe(await read(city.app, "/api/requests?limit=5"));
  });
});
