#!/usr/bin/env node
// Builds the server bundle (esbuild) and the web app (Vite) when missing or older than their sources.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");

function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p))
        if (entry !== "node_modules" && !entry.endsWith(".test.ts")) visit(path.join(p, entry));
    } else latest = Math.max(latest, s.mtimeMs);
  };
  for (const p of paths) visit(path.join(root, p));
  return latest;
}

function stampTime(name) {
  const file = path.join(dist, `.${name}-built`);
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function stamp(name) {
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, `.${name}-built`), new Date().toISOString());
}

const SERVER_SOURCES = ["server", "common", "package-lock.json", "scripts/build.mjs"];
const WEB_SOURCES = ["web", "common", "vite.config.ts", "package-lock.json"];

/** Builds what is missing or stale. `web: false` builds only the server (the CLI's needs). */
export async function ensureBuilt({ web = true, force = false, log = console.error } = {}) {
  if (
    force ||
    stampTime("server") < newest(SERVER_SOURCES) ||
    !existsSync(path.join(dist, "server", "cli.js"))
  ) {
    const started = Date.now();
    log("civic311: building the server…");
    const esbuild = await import("esbuild");
    await esbuild.build({
      entryPoints: [path.join(root, "server", "cli.ts")],
      outdir: path.join(dist, "server"),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      sourcemap: true,
      logLevel: "warning",
    });
    stamp("server");
    log(`civic311: server built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (
    web &&
    (force || stampTime("web") < newest(WEB_SOURCES) || !existsSync(path.join(dist, "web", "index.html")))
  ) {
    const started = Date.now();
    log("civic311: building the web app (first start only; about half a minute)…");
    const { build } = await import("vite");
    await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "warn" });
    stamp("web");
    log(`civic311: web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await ensureBuilt({ force: process.argv.includes("--force") });
}
