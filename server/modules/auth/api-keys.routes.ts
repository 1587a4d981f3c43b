import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { createApiKeyInput, updateApiKeyInput } from "../../../common/contracts/api-keys.js";
import { requireStaff, type StaffActor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { canManageApiKeys } from "./auth.policy.js";
import { presentApiKey, presentCreatedApiKey } from "./auth.presenter.js";
import { findApiKeyById, listApiKeys } from "./auth.repository.js";
import { createApiKey } from "./commands/create-api-key.js";
import { revokeApiKey } from "./commands/revoke-api-key.js";
import { updateApiKey } from "./commands/update-api-key.js";

export interface ApiKeysDeps {
  db: Db;
  clock: Clock;
}

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/**
 * The administrator, or a 401 for anonymous callers. Other staff are told there is nothing here,
 * with the same answer as an unknown route.
 */
function requireAdmin(request: FastifyRequest): StaffActor {
  const actor = requireStaff(request);
  if (!canManageApiKeys(actor)) {
    throw new AppError("not_found", `No route for ${request.method} ${request.url.split("?")[0]}`);
  }
  return actor;
}

async function readKey(db: Db, id: number) {
  const row = await findApiKeyById(db, id);
  if (!row) throw new AppError("internal", "The API key could not be read back.");
  return row;
}

/** `/api/admin/api-keys`: administrators list, create, edit and revoke the keys of Open311 clients. */
export async function apiKeysRoutes(app: FastifyInstance, deps: ApiKeysDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/admin/api-keys", async (request) => {
    requireAdmin(request);
    const rows = await listApiKeys(deps.db);
    return { items: rows.map(presentApiKey) };
  });

  r.post("/api/admin/api-keys", { schema: { body: createApiKeyInput } }, async (request, reply) => {
    const actor = requireAdmin(request);
    const now = deps.clock.now();
    const created = await deps.db.transaction((tx) => createApiKey({ tx, actor, now }, request.body));
    const row = await readKey(deps.db, created.id);
    return reply.status(201).send(presentCreatedApiKey(row, created.key));
  });

  r.put(
    "/api/admin/api-keys/:id",
    { schema: { params: idParams, body: updateApiKeyInput } },
    async (request) => {
      const actor = requireAdmin(request);
      const now = deps.clock.now();
      await deps.db.transaction((tx) => updateApiKey({ tx, actor, now }, request.params.id, request.body));
      return presentApiKey(await readKey(deps.db, request.params.id));
    },
  );

  r.post("/api/admin/api-keys/:id/revoke", { schema: { params: idParams } }, async (request) => {
    const actor = requireAdmin(request);
    const now = deps.clock.now();
    await deps.db.transaction((tx) => revokeApiKey({ tx, actor, now }, request.params.id));
    return presentApiKey(await readKey(deps.db, request.params.id));
  });
}
