import { PassThrough } from "node:stream";
import { sql } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../test/database.js";
import type { Database } from "./db.js";
import { registerErrorHandling } from "./http.js";
import { loggerOptions } from "./logger.js";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe("the log of a failed request", () => {
  it("keeps the failed query's SQL and code but never the values it was given (a caller's number)", async () => {
    const stream = new PassThrough();
    let out = "";
    stream.on("data", (d) => {
      out += d;
    });
    const app = Fastify({ logger: loggerOptions("error", stream) });
    registerErrorHandling(app);
    app.get("/boom", async () => {
      await database.db.execute(sql`select ${"+16175550142"}::int as n`);
      return {};
    });
    const res = await app.inject({ method: "GET", url: "/boom" });
    expect(res.statusCode).toBe(500);
    await app.close();
    expect(out).toContain("request failed");
    expect(out).toContain("Failed query");
    expect(out).toContain("22003");
    expect(out).not.toContain("6175550142");
    expect(out).not.toContain("[object Object]");
  });
});
