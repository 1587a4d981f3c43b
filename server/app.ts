import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { addressesRoutes } from "./modules/addresses/index.js";
import { attachmentsRoutes } from "./modules/attachments/index.js";
import { auditAdminRoutes } from "./modules/audit/index.js";
import { authHook, authRoutes, peopleAdminRoutes } from "./modules/auth/index.js";
import { catalogAdminRoutes, catalogRoutes } from "./modules/catalog/index.js";
import { cityAdminRoutes, cityRoutes } from "./modules/city/index.js";
import { configAdminRoutes } from "./modules/config/index.js";
import { constituentsRoutes } from "./modules/constituents/index.js";
import { interactionsRoutes } from "./modules/interactions/index.js";
import { knowledgeBaseRoutes } from "./modules/knowledge-base/index.js";
import { liveRoutes } from "./modules/live/index.js";
import { notificationsRoutes, readLinkToken } from "./modules/notifications/index.js";
import { openDataRoutes } from "./modules/open-data/index.js";
import { open311Routes } from "./modules/open311/index.js";
import { portalRoutes } from "./modules/portal/index.js";
import { publicContentRoutes } from "./modules/public-content/index.js";
import { reportsRoutes } from "./modules/reports/index.js";
import { lifecycleRoutes, requestsRoutes } from "./modules/requests/index.js";
import { routingAdminRoutes } from "./modules/routing/index.js";
import { calendarAdminRoutes } from "./modules/sla/index.js";
import {
  phoneAdminRoutes,
  signedOutOfPhoneLine,
  telephonyRoutes,
  twilioRoutes,
} from "./modules/telephony/index.js";
import { type AdminDeps, requireAdmin } from "./platform/admin.js";
import type { Clock } from "./platform/clock.js";
import type { Config } from "./platform/config.js";
import { type Database, migrationsApplied } from "./platform/db.js";
import { registerErrorHandling } from "./platform/http.js";
import type { JobSender } from "./platform/jobs.js";
import { loggerOptions } from "./platform/logger.js";
import { observabilityPlugin } from "./platform/observability.js";
import { projectRoot } from "./platform/paths.js";

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  /** Where public changes enqueue residents' notifications (pg-boss; see server/platform/jobs.ts). */
  jobs: JobSender;
  /** A read-only replica for the dashboards, public figures and open data (REPORTS_DATABASE_URL). */
  reportsDatabase?: Database;
  /** Where logs go (stdout by default); tests capture them here. */
  logStream?: NodeJS.WritableStream;
}

const NO_WEB_BUILD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>civic311</title></head>
<body><main><h1>civic311</h1><p>The web app has not been built. Run <code>npm run build</code>, or start with <code>npm start</code>, which builds it.</p></main></body></html>`;

const routeTables = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route the app serves (method and URL pattern), in registration order; tests walk it. */
export function routesOf(app: FastifyInstance): readonly { method: string; url: string }[] {
  return routeTables.get(app) ?? [];
}

/** Builds the HTTP application: platform plugins first, then each module, listed explicitly. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database, clock } = deps;
  const db = database.db;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    bodyLimit: 1_048_576,
    trustProxy: config.trustProxy,
    // Open311 clients poll with every open id in one GET (FixMyStreet): allow long request lines.
    serverFactory: (handler) => http.createServer({ maxHeaderSize: 256 * 1024 }, handler),
  });
  const table: { method: string; url: string }[] = [];
  routeTables.set(app, table);
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) table.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await app.register(cookie, { secret: config.sessionSecret });
  const secureCookies = config.publicBaseUrl.startsWith("https://");
  await authHook(app, { db, clock, sessionTtlHours: config.sessionTtlHours, secureCookies });
  // Administration is for administrators only, decided before a body is parsed or validated, so other
  // staff learn nothing (not even that a route exists) from what they send (issue 9).
  app.addHook("onRequest", async (request) => {
    if (request.url.startsWith("/api/admin/")) requireAdmin(request);
  });
  // Called directly, not registered, so its metrics hook sees every route of the app.
  await observabilityPlugin(app, { db, migrationsApplied: () => migrationsApplied(db) });

  // Modules, each in its own encapsulated scope.
  await app.register(authRoutes, {
    db,
    clock,
    sessionTtlHours: config.sessionTtlHours,
    secureCookies,
    onSignOut: (userId) => signedOutOfPhoneLine(db, clock, userId),
  });
  await app.register(cityRoutes, { db, timeZone: config.timeZone });
  await app.register(catalogRoutes, { db });
  await app.register(knowledgeBaseRoutes, { db, clock });
  await app.register(interactionsRoutes, { db, clock, timeZone: config.timeZone, jobs: deps.jobs });
  await app.register(constituentsRoutes, { db });
  await app.register(addressesRoutes, { db });
  await app.register(liveRoutes, { database, clock });
  await app.register(telephonyRoutes, {
    db,
    clock,
    timeZone: config.timeZone,
    webhookSecret: config.telephony.webhookSecret,
  });
  await app.register(twilioRoutes, {
    db,
    clock,
    timeZone: config.timeZone,
    authToken: config.telephony.twilioAuthToken,
    publicBaseUrl: config.publicBaseUrl,
  });
  await app.register(requestsRoutes, { db, clock, timeZone: config.timeZone, jobs: deps.jobs });
  await app.register(lifecycleRoutes, {
    db,
    clock,
    timeZone: config.timeZone,
    jobs: deps.jobs,
    reopenWindowDays: config.reopenWindowDays,
    readLinkToken: (token: string) => readLinkToken(config.sessionSecret, token),
  });

  await app.register(attachmentsRoutes, { db, dataDir: config.dataDir });
  await app.register(portalRoutes, {
    db,
    clock,
    timeZone: config.timeZone,
    jobs: deps.jobs,
    dataDir: config.dataDir,
    secret: config.sessionSecret,
  });
  await app.register(publicContentRoutes, { db, clock, timeZone: config.timeZone });
  await app.register(notificationsRoutes, {
    db,
    clock,
    linkSecret: config.sessionSecret,
    timeZone: config.timeZone,
  });
  // Reads that scan history go to the replica when there is one; everything else stays on the primary.
  const reportsDb = (deps.reportsDatabase ?? database).db;
  await app.register(reportsRoutes, { db: reportsDb, clock, timeZone: config.timeZone });
  await app.register(openDataRoutes, {
    db: reportsDb,
    timeZone: config.timeZone,
    publicBaseUrl: config.publicBaseUrl,
  });
  await app.register(open311Routes, {
    db,
    clock,
    timeZone: config.timeZone,
    jobs: deps.jobs,
    publicBaseUrl: config.publicBaseUrl,
    dataDir: config.dataDir,
  });

  // Administration: every route under /api/admin/, for administrators only (issue 9).
  const admin: AdminDeps = { db, clock, config };
  await app.register(catalogAdminRoutes, admin);
  await app.register(routingAdminRoutes, admin);
  await app.register(calendarAdminRoutes, admin);
  await app.register(peopleAdminRoutes, admin);
  await app.register(cityAdminRoutes, admin);
  await app.register(configAdminRoutes, admin);
  await app.register(auditAdminRoutes, admin);
  await app.register(phoneAdminRoutes, admin);

  await registerWeb(app);
  return app;
}

/** Serves the built web app; any unknown non-API GET gets index.html so client-side routes work. */
async function registerWeb(app: FastifyInstance): Promise<void> {
  const webRoot = path.join(projectRoot(), "dist", "web");
  const built = existsSync(path.join(webRoot, "index.html"));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    const apiLike = /^\/(api|open311|open-data|media|healthz|readyz|metrics)(\/|$)/.test(request.url);
    if (request.method !== "GET" || apiLike) {
      return reply.status(404).send({
        error: {
          code: "not_found",
          message: `No route for ${request.method} ${request.url.split("?")[0]}`,
        },
      });
    }
    reply.header("cache-control", "no-cache");
    if (!built) return reply.type("text/html").send(NO_WEB_BUILD);
    return reply.sendFile("index.html");
  });
}
