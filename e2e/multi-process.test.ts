import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "./harness.js";

/**
 * The deployment of docs/deployment.md, in small: one PostgreSQL database, a worker process
 * (`SERVICES=worker`, which makes the demo history) and two API processes (`SERVICES=api`) sharing one
 * `SESSION_SECRET` and one `DATA_DIR`. A supervisor signed in on B holds a live stream on B; a note added
 * through A, with B's session, reaches that stream through LISTEN/NOTIFY.
 *
 * `npm test` runs the e2e files with TEST_DATABASE_URL emptied (the browser journeys use PGlite), so this
 * file falls back to the local server CI starts. Without a reachable PostgreSQL it is skipped with a message,
 * except in CI, where that is an error.
 */
const SERVER_URL = process.env.TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const HAVE_POSTGRES = await reachable(SERVER_URL);
if (!HAVE_POSTGRES && process.env.CI)
  throw new Error(`CI must have PostgreSQL at ${new URL(SERVER_URL).host} for the two-process test`);
if (!HAVE_POSTGRES)
  console.warn(
    `Skipping the two-process test: no PostgreSQL at ${new URL(SERVER_URL).host} (set TEST_DATABASE_URL).`,
  );

interface LiveEvent {
  event: string;
  data: { number: string; type: string; eventId: number };
}

/** A Server-Sent Events client over plain HTTP, as a browser's EventSource would hold one. */
function openStream(url: string, cookie: string) {
  const events: LiveEvent[] = [];
  let buffer = "";
  let request: http.ClientRequest | undefined;
  const opened = new Promise<{ status: number; contentType: string }>((resolve, reject) => {
    request = http.get(url, { headers: { cookie, accept: "text/event-stream" } }, (res) => {
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = new Map<string, string>();
          for (const line of block.split("\n")) {
            if (!line || line.startsWith(":")) continue;
            const colon = line.indexOf(":");
            fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
          }
          const event = fields.get("event");
          if (event) events.push({ event, data: JSON.parse(fields.get("data") ?? "{}") });
        }
        // The first chunk (": connected") means the stream is open and its LISTEN subscription attached.
        resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"]) });
      });
    });
    request.on("error", reject);
  });
  return {
    events,
    opened,
    close: () => request?.destroy(),
    async waitFor(match: (e: LiveEvent) => boolean, ms: number): Promise<LiveEvent> {
      const deadline = Date.now() + ms;
      for (;;) {
        const found = events.find(match);
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`no matching event in ${ms} ms; got ${JSON.stringify(events)}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

const running = /civic311 is running/;
let databaseName = "";
let databaseUrl = "";
let dataDir = "";
let worker: RunningServer | undefined;
let apiA: RunningServer | undefined;
let apiB: RunningServer | undefined;

beforeAll(async () => {
  if (!HAVE_POSTGRES) return;
  databaseName = `civic311_multi_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${databaseName}`;
  databaseUrl = url.toString();
  // One DATA_DIR for all three, as shared storage would be (uploaded photos live in DATA_DIR/media).
  dataDir = mkdtempSync(path.join(tmpdir(), "civic311-multi-"));
  const shared = {
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString("base64url"),
    SEED: "demo",
    DEMO_REQUESTS: "30",
    TZ: "America/New_York",
  };
  // The worker migrates, seeds the demo city and makes its history; the API processes start after it, so
  // no two processes migrate at once (docs/deployment.md: upgrades).
  worker = await startServer({ ...shared, SERVICES: "worker" }, { dataDir });
  // One after the other: each start first rebuilds dist/ if the sources changed, and two builds must not race.
  apiA = await startServer({ ...shared, SERVICES: "api" }, { dataDir, ready: running });
  apiB = await startServer({ ...shared, SERVICES: "api" }, { dataDir, ready: running });
}, 120_000);

afterAll(async () => {
  await Promise.all([apiA?.stop(), apiB?.stop(), worker?.stop()]);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (databaseName) {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
  }
});

describe.skipIf(!HAVE_POSTGRES)("two API processes and a worker on one PostgreSQL", () => {
  it("a note added through process A reaches a live stream held by process B", async () => {
    const a = apiA!;
    const b = apiB!;
    expect(a.url).not.toBe(b.url);
    for (const server of [a, b]) {
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toEqual({ status: "ready", database: true, migrations: true });
    }

    // A supervisor signs in on B.
    const signIn = await fetch(`${b.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "supervisor@civic311.example", password: "demo311" }),
    });
    expect(signIn.status, await signIn.clone().text()).toBe(200);
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    expect(cookie).toMatch(/=/);

    // Sessions live in the database and the cookie is signed with the shared SESSION_SECRET: A knows it too.
    const onA = await fetch(`${a.url}/api/session`, { headers: { cookie } });
    expect(onA.status).toBe(200);

    const stream = openStream(`${b.url}/api/events/stream`, cookie);
    try {
      const opened = await stream.opened;
      expect(opened.status).toBe(200);
      expect(opened.contentType).toMatch(/^text\/event-stream/);

      // A request of the demo history, read and changed through A.
      const list = await fetch(`${a.url}/api/requests?limit=1`, { headers: { cookie } });
      expect(list.status, await list.clone().text()).toBe(200);
      const [request] = ((await list.json()) as { items: { number: string }[] }).items;
      expect(request).toBeDefined();
      const note = await fetch(`${a.url}/api/requests/${request!.number}/notes`, {
        method: "POST",
        headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
        body: JSON.stringify({ body: "Crew confirmed on site (made through process A)", public: false }),
      });
      expect(note.status, await note.clone().text()).toBeLessThan(300);

      const heard = await stream.waitFor((e) => e.data.number === request!.number, 10_000);
      expect(heard).toMatchObject({ event: "request", data: { number: request!.number, type: "note" } });
    } finally {
      stream.close();
    }
  }, 30_000);
});
