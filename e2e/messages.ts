import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll } from "vitest";
import { type Mailbox, startMailbox } from "../server/test/mail.js";
import { browserJourneys, HAVE_CHROMIUM } from "./harness.js";

/** Polls `get` until it returns something truthy (a message arriving, say), or fails after `ms`. */
export async function until<T>(get: () => T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Signs in through the API and returns the headers (cookie, CSRF token, JSON) for later staff calls. */
export async function apiSession(baseUrl: string, email: string, password = "demo311") {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" };
}

/**
 * The link to `path` in a message, on the test server: the server's PUBLIC_BASE_URL is localhost on its
 * port, the tests reach it on 127.0.0.1.
 */
export function linkIn(mail: ParsedMail, path: string, baseUrl: string): string {
  const m = new RegExp(`https?://\\S+${path}\\S*`).exec(mail.text ?? "");
  if (!m) throw new Error(`no ${path} link in: ${mail.text}`);
  const url = new URL(m[0]);
  return `${baseUrl}${url.pathname}${url.search}`;
}

/**
 * A real SMTP server on loopback, then (from `browserJourneys`) the real server sending to it (`SMTP_URL`)
 * and one browser, for a file's journeys.
 */
export function mailJourneys() {
  let mailbox: Mailbox | undefined;
  beforeAll(async () => {
    if (HAVE_CHROMIUM) mailbox = await startMailbox();
  });
  // Hooks after run in reverse: the server stops before its mail server does.
  afterAll(async () => {
    await mailbox?.close();
  });
  const { suite, state } = browserJourneys({ env: () => ({ SMTP_URL: mailbox!.url }) });
  return { suite, state, mailbox: () => mailbox! };
}
