import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  type ConfigImportResult,
  type ConfigPreview,
  configImportBody,
  configPreviewBody,
} from "../../../common/contracts/config.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import { exportConfiguration, importConfiguration, previewConfiguration } from "./config.service.js";

/** Configuration as a file: export, and import with a diff preview (under /api/admin/). */
export async function configAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const timeZone = deps.config.timeZone;

  r.get("/api/admin/config/export", async (request, reply) => {
    requireStaff(request);
    const yaml = await exportConfiguration(deps.db, timeZone);
    return reply
      .header("content-type", "text/yaml; charset=utf-8")
      .header("content-disposition", 'attachment; filename="city.yaml"')
      .header("cache-control", "no-store")
      .send(yaml);
  });

  r.post("/api/admin/config/preview", { schema: { body: configPreviewBody } }, async (request) => {
    requireStaff(request);
    const preview: ConfigPreview = await previewConfiguration(deps.db, request.body.yaml, timeZone);
    return preview;
  });

  r.post("/api/admin/config/import", { schema: { body: configImportBody } }, async (request) => {
    const actor = requireStaff(request);
    const changes = await importConfiguration(deps.db, actor, request.body.yaml, {
      timeZone,
      now: deps.clock.now(),
      fingerprint: request.body.fingerprint,
    });
    const result: ConfigImportResult = { changes };
    return result;
  });
}
