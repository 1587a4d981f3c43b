import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  answerInput,
  endInteractionInput,
  linkRequestInput,
  referralInput,
  startInteractionInput,
  transferInput,
} from "../../../common/contracts/interactions.js";
import { createRequestInput } from "../../../common/contracts/requests.js";
import { requireStaff, type StaffActor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import type { JobSender } from "../../platform/jobs.js";
import {
  createRequestForInteraction,
  endInteraction,
  linkRequest,
  recordAnswer,
  referInteraction,
  startInteraction,
  transferInteraction,
} from "./commands/interaction-commands.js";
import { findInteraction } from "./interactions.repository.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** `/api/interactions`: contacts from start to wrap-up, with every outcome recorded as it happens. */
export async function interactionsRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; timeZone: string; jobs: JobSender | null },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (actor: StaffActor) => ({
    db: deps.db,
    actor,
    clock: deps.clock,
    timeZone: deps.timeZone,
    jobs: deps.jobs,
  });
  const view = async (actor: StaffActor, id: number) => {
    const found = await findInteraction(deps.db, id);
    const mayRead =
      found &&
      (found.operatorUserId === actor.userId || actor.role === "supervisor" || actor.role === "admin");
    if (!found || !mayRead) throw notFound("Interaction");
    const { operatorUserId: _hidden, ...out } = found;
    return out;
  };

  r.post("/api/interactions", { schema: { body: startInteractionInput } }, async (request, reply) => {
    const actor = requireStaff(request);
    const id = await startInteraction(ctx(actor), request.body);
    return reply.status(201).send(await view(actor, id));
  });
  r.get("/api/interactions/:id", { schema: { params: idParams } }, async (request) =>
    view(requireStaff(request), request.params.id),
  );
  r.post(
    "/api/interactions/:id/answers",
    { schema: { params: idParams, body: answerInput } },
    async (request) => {
      const actor = requireStaff(request);
      await recordAnswer(ctx(actor), request.params.id, request.body.articleId);
      return view(actor, request.params.id);
    },
  );
  r.post(
    "/api/interactions/:id/links",
    { schema: { params: idParams, body: linkRequestInput } },
    async (request) => {
      const actor = requireStaff(request);
      await linkRequest(ctx(actor), request.params.id, request.body.number);
      return view(actor, request.params.id);
    },
  );
  r.post(
    "/api/interactions/:id/requests",
    { schema: { params: idParams, body: createRequestInput } },
    async (request, reply) => {
      const actor = requireStaff(request);
      const created = await createRequestForInteraction(ctx(actor), request.params.id, request.body);
      return reply.status(201).send({
        number: created.number,
        dueAt: created.dueAt?.toISOString() ?? null,
        interaction: await view(actor, request.params.id),
      });
    },
  );
  r.post(
    "/api/interactions/:id/transfer",
    { schema: { params: idParams, body: transferInput } },
    async (request) => {
      const actor = requireStaff(request);
      await transferInteraction(ctx(actor), request.params.id, request.body.departmentCode);
      return view(actor, request.params.id);
    },
  );
  r.post(
    "/api/interactions/:id/referral",
    { schema: { params: idParams, body: referralInput } },
    async (request) => {
      const actor = requireStaff(request);
      await referInteraction(ctx(actor), request.params.id, request.body.agencyCode);
      return view(actor, request.params.id);
    },
  );
  r.post(
    "/api/interactions/:id/end",
    { schema: { params: idParams, body: endInteractionInput } },
    async (request) => {
      const actor = requireStaff(request);
      await endInteraction(ctx(actor), request.params.id, request.body);
      return view(actor, request.params.id);
    },
  );
}
