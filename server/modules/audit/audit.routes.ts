import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { auditFilters, auditQuery } from "../../../common/contracts/audit.js";
import type { AdminDeps } from "../../platform/admin.js";
import { auditCsv, auditLogPage, checkFilters } from "./audit.queries.js";
import { selectAuditFacets } from "./audit.repository.js";

/**
 * The audit log viewer and its CSV (under /api/admin/, so administrators only: app.ts checks before
 * anything is parsed). Reads only: nothing here changes a row.
 */
export async function auditAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const timeZone = deps.config.timeZone;

  r.get("/api/admin/audit", { schema: { querystring: auditQuery } }, async (request) => {
    const { limit, cursor, ...filters } = request.query;
    return auditLogPage(deps.db, timeZone, filters, { limit, cursor });
  });

  r.get("/api/admin/audit/facets", async () => selectAuditFacets(deps.db));

  r.get("/api/admin/audit.csv", { schema: { querystring: auditFilters } }, async (request, reply) => {
    const filters = request.query;
    // Checked before the first byte, so a bad range is an ordinary JSON 400, not a broken download.
    checkFilters(filters);
    const day = deps.clock.now().toISOString().slice(0, 10);
    return reply
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="civic311-audit-${day}.csv"`)
      .header("cache-control", "no-store")
      .header("x-content-type-options", "nosniff")
      .send(Readable.from(auditCsv(deps.db, timeZone, filters)));
  });
}
