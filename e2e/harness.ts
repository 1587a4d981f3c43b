import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** The phone system's shared secret every journey's server is started with (e2e/phone.ts signs with it). */
export const E2E_WEBHOOK_SECRET = "e2e-phone-system-shared-secret-0123456789";

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real server the way the README does (`node bin/civic311.mjs serve`, i.e. `npm start`)
 * on a fresh data folder, and resolves once the demo city, with a small history, is ready.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: {
    /** Reuse a data folder (a restart); it is then left in place by `stop`. */
    dataDir?: string;
    /** What in the output means "ready"; by default, the demo history being complete. */
    ready?: RegExp;
  } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "civic311-e2e-"));
  const ready = options.ready ?? /demo history ready|demo history paused/;
  let out = "";
  const child: ChildProcess = spawn(process.execPath, ["bin/civic311.mjs", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DEMO_REQUESTS: "120",
      LOG_LEVEL: "warn",
      TELEPHONY_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    out += d;
  });
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 180_000;
  while (!ready.test(out)) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    if (Date.now() > deadline) throw new Error(`server not ready in time:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    async stop() {
      child.kill("SIGTERM");
      await exited;
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/**
 * One server and one browser for a file's journeys, started before and stopped after them. Without Chromium
 * the journeys are skipped with a message, except in CI, where its absence is an error.
 */
export function browserJourneys(options: { env?: () => Record<string, string> } = {}) {
  if (!HAVE_CHROMIUM && process.env.CI)
    throw new Error("CI must have /usr/bin/chromium (apt-get install chromium)");
  if (!HAVE_CHROMIUM)
    console.warn("Skipping browser journeys: /usr/bin/chromium is not installed (apt-get install chromium).");
  const state = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) return;
    // Settings known only once earlier hooks ran (a mail server's port, say).
    state.server = await startServer(options.env?.() ?? {});
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.stop();
  });
  return { suite: HAVE_CHROMIUM ? describe : describe.skip, state };
}

/** Signs in through the sign-in page and waits for the role's layout. */
export async function signInThroughPage(
  page: Page,
  baseUrl: string,
  email: string,
  password = "demo311",
): Promise<void> {
  await page.goto(`${baseUrl}/staff/`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.locator("[data-role]").waitFor();
}
