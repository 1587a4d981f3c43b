/**
 * `npm run bench -- portal`: what a resident's phone downloads and waits for.
 *
 * Starts the real server (`node bin/civic311.mjs serve`, the demo city without history) and drives Debian's
 * Chromium over loopback with a cold cache each time:
 * - the JavaScript and CSS the home page downloads, gzip-compressed (target: under 250 KB);
 * - the time from navigation to the home page's heading and search box, and to the report form's submit
 *   button, being visible (target: under 1 s), against a baseline measured in the same run: /healthz (a tiny
 *   JSON answer) from the same server in the same browser.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { type Browser, chromium, type Page } from "playwright-core";
import { benchRow } from "./support/summary.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const address = s.address();
      s.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function startServer(): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-bench-portal-"));
  const child = spawn(process.execPath, ["bin/civic311.mjs", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DEMO_REQUESTS: "0",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      if (/civic311 is running/.test(out)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, dataDir };
}

/** Milliseconds from the start of navigation until `ready` resolves, in a fresh context (cold cache). */
async function timeTo(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const assets: { url: string; gzip: number }[] = [];
  page.on("response", async (response) => {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    try {
      assets.push({ url: response.url(), gzip: gzipSync(await response.body(), { level: 9 }).length });
    } catch {
      /* a response without a body (redirect) downloads nothing */
    }
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: "commit" });
  await ready(page);
  const ms = performance.now() - started;
  await page.waitForLoadState("networkidle");
  await context.close();
  return { ms, assets };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const worst = (xs: number[]) => Math.max(...xs);

const server = await startServer();
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const scenarios: { name: string; url: string; ready: (page: Page) => Promise<unknown> }[] = [
    {
      name: "baseline: /healthz (a tiny JSON answer), same server and browser",
      url: `${server.url}/healthz`,
      ready: (page) => page.locator("body").waitFor(),
    },
    {
      name: "home page (heading and search box)",
      url: `${server.url}/`,
      ready: (page) => page.getByRole("combobox").first().waitFor({ state: "visible" }),
    },
    {
      name: "report form: pothole (submit button)",
      url: `${server.url}/report/pothole`,
      ready: (page) => page.locator("#report-submit").waitFor({ state: "visible" }),
    },
  ];
  // One warm-up of each, so the server's first-request costs do not count.
  for (const s of scenarios) await timeTo(browser, s.url, s.ready);
  const results: { name: string; times: number[]; gzip: number }[] = [];
  for (const s of scenarios) {
    const times: number[] = [];
    let gzip = 0;
    for (let i = 0; i < RUNS; i++) {
      const r = await timeTo(browser, s.url, s.ready);
      times.push(r.ms);
      gzip = r.assets.reduce((sum, a) => sum + a.gzip, 0);
    }
    results.push({ name: s.name, times, gzip });
  }
  const base = median(results[0]!.times);
  console.log(`Portal on loopback, Chromium, cold cache, ${RUNS} runs each`);
  console.log("| page | JS+CSS gzip KB | median ms | worst ms | median ratio to baseline | targets |");
  console.log("|---|---:|---:|---:|---:|---|");
  for (const r of results) {
    const kb = r.gzip / 1024;
    const m = median(r.times);
    const targets =
      r === results[0]
        ? ""
        : `${kb < 250 ? "< 250 KB: met" : "< 250 KB: NOT met"}; ${worst(r.times) < 1000 ? "< 1 s: met" : "< 1 s: NOT met"}`;
    console.log(
      `| ${r.name} | ${kb.toFixed(1)} | ${m.toFixed(0)} | ${worst(r.times).toFixed(0)} | ${(m / base).toFixed(1)} | ${targets} |`,
    );
  }
  for (const r of results.slice(1)) {
    const kb = r.gzip / 1024;
    benchRow({
      scenario: `${r.name}: worst of ${RUNS} (median ${median(r.times).toFixed(0)} ms)`,
      value: worst(r.times),
      unit: "ms",
      baseline: `${results[0]!.name} median ${base.toFixed(0)} ms`,
      ratio: median(r.times) / base,
      target: "< 1 s",
      met: worst(r.times) < 1000,
    });
    benchRow({
      scenario: `${r.name}: JS+CSS gzip`,
      value: kb,
      unit: "KB",
      target: "< 250 KB",
      met: kb < 250,
    });
  }
} finally {
  await browser.close();
  server.child.kill("SIGTERM");
  await new Promise((r) => server.child.once("exit", r));
  rmSync(server.dataDir, { recursive: true, force: true });
}
