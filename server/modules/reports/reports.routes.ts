import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { type PublicPerformance, recordsQuery, reportFilters } from "../../../common/contracts/reports.js";
import { LANGUAGES } from "../../../common/languages.js";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { requestLanguage } from "../../platform/translations.js";
import { callDashboard } from "./reports.calls.js";
import { contactDashboard, contactMedians } from "./reports.contacts.js";
import { resolveFilters } from "./reports.filters.js";
import { canViewReports } from "./reports.policy.js";
import { publicPerformance } from "./reports.public.js";
import { listRecords, recordsCsv } from "./reports.records.js";
import { requestDashboard, requestMapCells, requestPercentiles } from "./reports.requests.js";

export interface ReportsRoutesOptions {
  db: Db;
  clock: Clock;
  timeZone: string;
}

/** The public page is recomputed at most this often; staff dashboards are always live. */
export const PUBLIC_PERFORMANCE_TTL_MS = 5 * 60_000;

/** Supervisors' dashboards and drill-downs, and the public performance page. */
export async function reportsRoutes(app: FastifyInstance, opts: ReportsRoutesOptions): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock, timeZone } = opts;

  const supervisor = (request: Parameters<typeof requireStaff>[0]) => {
    const actor = requireStaff(request);
    if (!canViewReports(actor)) throw notFound("Page");
    return actor;
  };

  r.get("/api/reports/requests", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    const now = clock.now();
    return requestDashboard(db, timeZone, resolveFilters(request.query, timeZone, now), now);
  });

  r.get("/api/reports/contacts", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    const now = clock.now();
    return contactDashboard(db, timeZone, resolveFilters(request.query, timeZone, now), now);
  });

  r.get("/api/reports/calls", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    const now = clock.now();
    return callDashboard(db, timeZone, resolveFilters(request.query, timeZone, now), now);
  });

  r.get("/api/reports/requests/map", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    return requestMapCells(db, timeZone, resolveFilters(request.query, timeZone, clock.now()));
  });

  r.get("/api/reports/requests/percentiles", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    return requestPercentiles(db, timeZone, resolveFilters(request.query, timeZone, clock.now()));
  });

  r.get("/api/reports/contacts/medians", { schema: { querystring: reportFilters } }, async (request) => {
    supervisor(request);
    return contactMedians(db, timeZone, resolveFilters(request.query, timeZone, clock.now()));
  });

  r.get("/api/reports/records", { schema: { querystring: recordsQuery } }, async (request) => {
    supervisor(request);
    const now = clock.now();
    return listRecords(db, timeZone, resolveFilters(request.query, timeZone, now), request.query, now);
  });

  r.get("/api/reports/records.csv", { schema: { querystring: recordsQuery } }, async (request, reply) => {
    supervisor(request);
    const now = clock.now();
    const q = request.query;
    const filters = resolveFilters(q, timeZone, now);
    const name = `civic311-${q.measure.replaceAll("_", "-")}-${filters.from}-to-${filters.to}.csv`;
    const lines = await recordsCsv(db, timeZone, filters, q, now);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="${name}"`)
      .header("cache-control", "no-store")
      .send(Readable.from(lines));
  });

  // One copy per language; anonymous visitors cannot make the server recount more than once per TTL.
  const cached = new Map<string, { at: number; body: Promise<PublicPerformance> }>();
  r.get(
    "/api/public/performance",
    { schema: { querystring: z.object({ lang: z.string().max(10).optional() }) } },
    async (request, reply) => {
      const now = clock.now().getTime();
      const language = requestLanguage(LANGUAGES, request.query.lang, request.headers["accept-language"]);
      let entry = cached.get(language);
      if (!entry || now - entry.at > PUBLIC_PERFORMANCE_TTL_MS || now < entry.at) {
        entry = { at: now, body: publicPerformance(db, timeZone, new Date(now), language) };
        entry.body.catch(() => cached.delete(language));
        cached.set(language, entry);
      }
      reply.header("cache-control", `public, max-age=${PUBLIC_PERFORMANCE_TTL_MS / 1000}`);
      reply.header("vary", "accept-language");
      return entry.body;
    },
  );
}
