import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Mailbox, startMailbox } from "../server/test/mail.js";
import { type RunningServer, startServer } from "./harness.js";

/**
 * "No acknowledged data is ever lost": a resident's notification is enqueued with the change, so a server
 * that stops before sending it (here an API-only process, with no worker at all) loses nothing, and the next
 * start sends it exactly once.
 */
let mailbox: Mailbox;
let dataDir: string;
let server: RunningServer | undefined;
beforeAll(async () => {
  mailbox = await startMailbox();
  dataDir = mkdtempSync(path.join(tmpdir(), "civic311-restart-"));
});
afterAll(async () => {
  await server?.stop();
  await mailbox?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const running = /civic311 is running/;

describe("a restart between a change and its notification", () => {
  it("delivers the message once, after the restart", async () => {
    const env = { SMTP_URL: mailbox.url, DEMO_REQUESTS: "0" };
    server = await startServer({ ...env, SERVICES: "api" }, { dataDir, ready: running });
    const session = await fetch(`${server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "operator@civic311.example", password: "demo311" }),
    });
    const cookie = (session.headers.get("set-cookie") ?? "").split(";")[0]!;
    const { csrfToken } = (await session.json()) as { csrfToken: string };
    const made = await fetch(`${server.url}/api/requests`, {
      method: "POST",
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: JSON.stringify({
        serviceCode: "streetlight_out",
        answers: { problem: "out" },
        location: { address: "5 Ridge Street, Riverton, MA", lat: 42.407, lng: -71.34 },
        constituent: { firstName: "Kofi", email: "kofi@example.org" },
      }),
    });
    expect(made.status, await made.clone().text()).toBe(201);
    const { number } = (await made.json()) as { number: string };
    await new Promise((r) => setTimeout(r, 3000));
    expect(mailbox.to("kofi@example.org")).toHaveLength(0);
    await server.stop();

    server = await startServer({ ...env, SERVICES: "all" }, { dataDir, ready: running });
    const deadline = Date.now() + 30_000;
    while (mailbox.to("kofi@example.org").length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 4000));
    const mails = mailbox.to("kofi@example.org");
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(number);
  }, 240_000);
});
