import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";

export interface LoadResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Starts a TypeScript server script in its own process and resolves with its address once it prints READY. */
export async function startProcess(
  script: string,
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const tsx = path.resolve("node_modules", ".bin", "tsx");
  const child = spawn(tsx, [script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { url, child };
}

/** Drives a server with autocannon and returns requests/s and latency percentiles (ms). */
export async function load(
  name: string,
  opts: { url: string; connections: number; seconds: number; requests: autocannon.Request[] },
): Promise<LoadResult> {
  const r = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    requests: opts.requests,
  });
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
}

/** Waits until a server has worked off what earlier load left queued: /readyz (which queries the database) answers fast. */
export async function drain(url: string, maxSeconds = 60): Promise<void> {
  const until = Date.now() + maxSeconds * 1000;
  while (Date.now() < until) {
    const t = performance.now();
    await fetch(`${url}/readyz`)
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
    if (performance.now() - t < 50) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
