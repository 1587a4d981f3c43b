import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  createPersonInput,
  listPeopleQuery,
  personInput,
  resetPasswordInput,
} from "../../../common/contracts/people.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import {
  createPerson,
  deactivatePerson,
  reactivatePerson,
  resetPassword,
  updatePerson,
} from "./commands/manage-people.js";
import { findPerson, listPeople } from "./people.repository.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

async function readBack(db: Db, id: number) {
  const person = await findPerson(db, id);
  if (!person) throw new AppError("internal", "The staff account could not be read back.");
  return person;
}

/**
 * Administration of staff accounts (under /api/admin/, which only administrators reach): list, create,
 * edit, deactivate (ending their sessions), reactivate and reset passwords.
 */
export async function peopleAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const now = () => deps.clock.now();

  r.get("/api/admin/people", { schema: { querystring: listPeopleQuery } }, async (request) => {
    requireStaff(request);
    return { items: await listPeople(deps.db, request.query) };
  });

  r.get("/api/admin/people/:id", { schema: { params: idParams } }, async (request) => {
    requireStaff(request);
    const person = await findPerson(deps.db, request.params.id);
    if (!person) throw notFound("Staff account");
    return person;
  });

  r.post("/api/admin/people", { schema: { body: createPersonInput } }, async (request, reply) => {
    const actor = requireStaff(request);
    const created = await deps.db.transaction((tx) => createPerson({ tx, actor, now: now() }, request.body));
    const person = await readBack(deps.db, created.id);
    return reply.status(201).send({ person, temporaryPassword: created.temporaryPassword });
  });

  r.put("/api/admin/people/:id", { schema: { params: idParams, body: personInput } }, async (request) => {
    const actor = requireStaff(request);
    await deps.db.transaction((tx) =>
      updatePerson({ tx, actor, now: now() }, request.params.id, request.body),
    );
    return readBack(deps.db, request.params.id);
  });

  r.post("/api/admin/people/:id/deactivate", { schema: { params: idParams } }, async (request) => {
    const actor = requireStaff(request);
    await deps.db.transaction((tx) => deactivatePerson({ tx, actor, now: now() }, request.params.id));
    return readBack(deps.db, request.params.id);
  });

  r.post("/api/admin/people/:id/reactivate", { schema: { params: idParams } }, async (request) => {
    const actor = requireStaff(request);
    await deps.db.transaction((tx) => reactivatePerson({ tx, actor, now: now() }, request.params.id));
    return readBack(deps.db, request.params.id);
  });

  r.post(
    "/api/admin/people/:id/reset-password",
    { schema: { params: idParams, body: resetPasswordInput } },
    async (request) => {
      const actor = requireStaff(request);
      const currentSessionId = request.staffSession?.id ?? null;
      const result = await deps.db.transaction((tx) =>
        resetPassword({ tx, actor, now: now(), currentSessionId }, request.params.id, request.body.password),
      );
      const person = await readBack(deps.db, request.params.id);
      return { person, temporaryPassword: result.temporaryPassword };
    },
  );
}
