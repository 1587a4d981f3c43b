import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  districtUpdateInput,
  districtUploadInput,
  routingOrderInput,
  routingRuleInput,
  routingTestInput,
} from "../../../common/contracts/routing.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import { notFound } from "../../platform/errors.js";
import { getDistrict, listDistricts, updateDistrict, uploadDistricts } from "./routing.districts.js";
import { createRule, deleteRule, listRules, reorderRules, updateRule } from "./routing.rules.js";
import { testRouting } from "./routing.tester.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const codeParams = z.object({ code: z.string().min(1).max(200) });
/** GeoJSON of a city's wards can be large; 5 MB is the ceiling for one upload. */
const UPLOAD_LIMIT = 5 * 1024 * 1024;

/** Administration of routing rules and districts (under /api/admin/; the guard admits admins only). */
export async function routingAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const command = (request: Parameters<typeof requireStaff>[0]) => ({
    db: deps.db,
    actor: requireStaff(request),
    clock: deps.clock,
  });
  const oneRule = async (id: number) => {
    const [rule] = await listRules(deps.db, id);
    if (!rule) throw notFound("Routing rule");
    return rule;
  };

  r.get("/api/admin/districts", async (request) => {
    requireStaff(request);
    return listDistricts(deps.db);
  });

  r.post(
    "/api/admin/districts",
    { bodyLimit: UPLOAD_LIMIT, schema: { body: districtUploadInput } },
    async (request) => uploadDistricts(command(request), request.body),
  );

  r.get("/api/admin/districts/:code", { schema: { params: codeParams } }, async (request) => {
    requireStaff(request);
    return getDistrict(deps.db, request.params.code);
  });

  r.put(
    "/api/admin/districts/:code",
    { schema: { params: codeParams, body: districtUpdateInput } },
    async (request) => {
      await updateDistrict(command(request), request.params.code, request.body);
      return getDistrict(deps.db, request.params.code);
    },
  );

  r.get("/api/admin/routing-rules", async (request) => {
    requireStaff(request);
    return { items: await listRules(deps.db) };
  });

  r.post("/api/admin/routing-rules", { schema: { body: routingRuleInput } }, async (request, reply) => {
    const id = await createRule(command(request), request.body);
    return reply.status(201).send(await oneRule(id));
  });

  r.put(
    "/api/admin/routing-rules/:id",
    { schema: { params: idParams, body: routingRuleInput } },
    async (request) => {
      await updateRule(command(request), request.params.id, request.body);
      return oneRule(request.params.id);
    },
  );

  r.delete("/api/admin/routing-rules/:id", { schema: { params: idParams } }, async (request, reply) => {
    await deleteRule(command(request), request.params.id);
    return reply.status(204).send();
  });

  r.post("/api/admin/routing-rules/order", { schema: { body: routingOrderInput } }, async (request) => {
    await reorderRules(command(request), request.body.ids);
    return { items: await listRules(deps.db) };
  });

  r.post("/api/admin/routing/test", { schema: { body: routingTestInput } }, async (request) => {
    requireStaff(request);
    return testRouting(deps.db, request.body);
  });
}
