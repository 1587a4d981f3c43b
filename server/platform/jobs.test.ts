import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB_KIND, freshDatabase } from "../test/database.js";
import type { Database } from "./db.js";
import { type JobQueue, jobIdFor, startJobs } from "./jobs.js";

let database: Database;
let jobs: JobQueue;
beforeAll(async () => {
  database = await freshDatabase();
  jobs = await startJobs(
    database,
    [
      { name: "probe", retryLimit: 3, retryDelaySeconds: 1, expireInSeconds: 60 },
      { name: "flaky", retryLimit: 3, retryDelaySeconds: 1, expireInSeconds: 60 },
    ],
    { supervise: true },
  );
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
});

const until = async (test: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe(`pg-boss jobs on ${DB_KIND}`, () => {
  it("makes stable UUIDs from keys", () => {
    expect(jobIdFor("probe", "event 1")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(jobIdFor("probe", "event 1")).toBe(jobIdFor("probe", "event 1"));
    expect(jobIdFor("probe", "event 1")).not.toBe(jobIdFor("probe", "event 2"));
  });

  it("a job sent in a transaction exists only if the transaction commits, once per key", async () => {
    await database.db
      .transaction(async (tx) => {
        await jobs.send(tx, "probe", { n: 0 }, { key: "rolled back" });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await jobs.send(tx, "probe", { n: 1 }, { key: "one" });
      await jobs.send(tx, "probe", { n: 1 }, { key: "one" });
    });
    await database.db.transaction((tx) => jobs.send(tx, "probe", { n: 1 }, { key: "one" }));
    await database.db.transaction((tx) => jobs.send(tx, "probe", { n: 2 }));
    expect(await jobs.pending("probe")).toBe(2);

    const seen: number[] = [];
    await jobs.work<{ n: number }>("probe", async (data) => {
      seen.push(data.n);
    });
    await until(() => seen.length >= 2);
    await new Promise((r) => setTimeout(r, 1500));
    expect(seen.sort()).toEqual([1, 2]);
  });

  it("retries a failing job with a growing wait until it succeeds", async () => {
    const attempts: number[] = [];
    await database.db.transaction((tx) => jobs.send(tx, "flaky", { n: 1 }, { key: "flaky" }));
    await jobs.work("flaky", async () => {
      attempts.push(Date.now());
      if (attempts.length < 3) throw new Error("not yet");
    });
    await until(() => attempts.length >= 3, 30_000);
    // Backoff: the second wait is longer than the first.
    expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]!);
  }, 40_000);

  it("refuses a queue nobody declared, so a typo cannot drop jobs silently", async () => {
    await expect(database.db.transaction((tx) => jobs.send(tx, "nope", {}))).rejects.toThrow(/No job queue/);
  });
});
