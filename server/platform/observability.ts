import type { FastifyInstance } from "fastify";
import client from "prom-client";
import { type Db, ping } from "./db.js";

export interface ObservabilityDeps {
  db: Db;
  /** Resolves true when every committed migration has been applied. */
  migrationsApplied: () => Promise<boolean>;
}

/** `/healthz` (process alive), `/readyz` (database and migrations), `/metrics` (Prometheus). */
export async function observabilityPlugin(app: FastifyInstance, deps: ObservabilityDeps): Promise<void> {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: "civic311_http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    duration.observe(
      { method: request.method, route, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get("/healthz", async () => ({ status: "ok" }));
  app.get("/readyz", async (_request, reply) => {
    const database = await ping(deps.db);
    const migrations = database ? await deps.migrationsApplied() : false;
    const ready = database && migrations;
    return reply
      .status(ready ? 200 : 503)
      .send({ status: ready ? "ready" : "not_ready", database, migrations });
  });
  app.get("/metrics", async (_request, reply) => {
    reply.header("content-type", registry.contentType);
    return registry.metrics();
  });
}
