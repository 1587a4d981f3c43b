import { and, eq } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { agentStateInput, type CallEventInput, callEventBody } from "../../../common/contracts/telephony.js";
import { calls, constituents, users } from "../../db/schema/index.js";
import { requireStaff, type StaffActor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import { displayName } from "../constituents/index.js";
import { changeAgentState, lockAgentState } from "./commands/agent-state.js";
import { takeCallback } from "./commands/callbacks.js";
import { type CallSource, recordCallEvents, resolveAgents } from "./commands/record-call-event.js";
import { readPhoneSettings } from "./phone-settings.js";
import { buildWallboard, queueNow } from "./wallboard.js";
import { checkWebhookSignature, SIGNATURE_HEADER } from "./webhook.signature.js";

export interface TelephonyDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** The shared secret of civic311's own call-event webhook; unset, the webhook answers 503. */
  webhookSecret: string | undefined;
}

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Staff who take calls: operators, supervisors and administrators. Department staff get the unknown-route 404. */
export function requireCallTaker(request: FastifyRequest): StaffActor {
  const actor = requireStaff(request);
  if (actor.role === "department_staff")
    throw new AppError("not_found", `No route for ${request.method} ${request.url.split("?")[0]}`);
  return actor;
}

/** Supervisors and administrators: the wallboard and other operators' states. */
export function requireSupervisor(request: FastifyRequest): StaffActor {
  const actor = requireStaff(request);
  if (actor.role !== "supervisor" && actor.role !== "admin")
    throw new AppError("not_found", `No route for ${request.method} ${request.url.split("?")[0]}`);
  return actor;
}

/** Applies a batch of events in order, in one transaction (all or none: a failed batch can be sent again). */
export async function applyCallEvents(
  deps: { db: Db; clock: Clock },
  source: CallSource,
  events: readonly CallEventInput[],
) {
  const resolved = await resolveAgents(deps.db, events, deps.clock.now());
  const recorded = await recordCallEvents(deps, source, resolved);
  return recorded.map(({ id: _id, ...result }) => result);
}

/**
 * The phone line: civic311's own signed call-event webhook (`POST /telephony/events`), and the staff API
 * of operators' states, the queue, callbacks, a call's details for the screen pop and the wallboard.
 */
export async function telephonyRoutes(app: FastifyInstance, deps: TelephonyDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // The signature covers the raw bytes: keep them (this plugin's JSON parser only).
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    (request as FastifyRequest & { rawBody?: string }).rawBody = body as string;
    try {
      done(null, body === "" ? undefined : JSON.parse(body as string));
    } catch {
      done(new AppError("bad_request", "The body is not valid JSON."), undefined);
    }
  });

  r.post(
    "/telephony/events",
    {
      bodyLimit: 1024 * 1024,
      preValidation: async (request) => {
        if (!deps.webhookSecret)
          throw new AppError(
            "unavailable",
            "The call-event webhook is not configured (TELEPHONY_WEBHOOK_SECRET).",
          );
        const raw = (request as FastifyRequest & { rawBody?: string }).rawBody ?? "";
        const header = request.headers[SIGNATURE_HEADER];
        const problem = checkWebhookSignature(
          deps.webhookSecret,
          Array.isArray(header) ? header[0] : header,
          raw,
          deps.clock.now(),
        );
        if (problem) throw new AppError("unauthenticated", `Refused: ${problem}.`);
      },
      schema: { body: callEventBody },
    },
    async (request) => {
      const events = "events" in request.body ? request.body.events : [request.body];
      return { results: await applyCallEvents(deps, "webhook", events) };
    },
  );

  r.get("/api/telephony/me", async (request) => {
    const actor = requireCallTaker(request);
    const [state, settings] = await Promise.all([
      lockAgentState(deps.db, actor.userId),
      readPhoneSettings(deps.db),
    ]);
    return {
      state: state?.state ?? "offline",
      reason: state?.reason ?? null,
      since: state?.since.toISOString() ?? null,
      callId: state?.callId ?? null,
      awayReasons: settings.awayReasons,
      /** The server's clock when it answered: time in state is counted from it, not the browser's clock. */
      asOf: deps.clock.now().toISOString(),
    };
  });

  const setState = async (
    actor: StaffActor,
    userId: number,
    body: z.output<typeof agentStateInput>,
    by: "operator" | "supervisor",
  ) => {
    const settings = await readPhoneSettings(deps.db);
    if (body.reason && !settings.awayReasons.includes(body.reason))
      throw new AppError("validation_failed", "That is not one of the city's away reasons.", [
        { field: "reason", message: `must be one of ${settings.awayReasons.join(", ")}` },
      ]);
    await deps.db.transaction(async (tx) => {
      await changeAgentState(tx, actor, userId, {
        state: body.state,
        reason: body.reason ?? null,
        at: deps.clock.now(),
        callId: null,
        changedBy: by,
      });
    });
  };

  r.put("/api/telephony/me/state", { schema: { body: agentStateInput } }, async (request, reply) => {
    const actor = requireCallTaker(request);
    await setState(actor, actor.userId, request.body, "operator");
    return reply.status(204).send();
  });

  r.put(
    "/api/telephony/agents/:id/state",
    { schema: { params: idParams, body: agentStateInput } },
    async (request, reply) => {
      const actor = requireSupervisor(request);
      const [person] = await deps.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, request.params.id), eq(users.active, true)))
        .limit(1);
      if (!person) throw notFound("Staff member");
      await setState(actor, request.params.id, request.body, "supervisor");
      return reply.status(204).send();
    },
  );

  r.get("/api/telephony/queue", async (request) => {
    requireCallTaker(request);
    return { queue: await queueNow(deps.db, deps.clock.now()) };
  });

  r.get("/api/telephony/wallboard", async (request) => {
    requireSupervisor(request);
    const settings = await readPhoneSettings(deps.db);
    return buildWallboard(deps.db, deps.clock.now(), deps.timeZone, settings.serviceLevelSeconds);
  });

  r.get("/api/telephony/calls/:id", { schema: { params: idParams } }, async (request) => {
    requireCallTaker(request);
    const [row] = await deps.db
      .select({ c: calls, firstName: constituents.firstName, lastName: constituents.lastName })
      .from(calls)
      .leftJoin(constituents, eq(constituents.id, calls.constituentId))
      .where(eq(calls.id, request.params.id))
      .limit(1);
    if (!row) throw notFound("Call");
    const c = row.c;
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return {
      id: c.id,
      externalId: c.externalId,
      number: c.callbackNumber ?? c.fromNumber,
      constituentId: c.constituentId,
      callerName: c.constituentId ? displayName(row) : null,
      language: c.language,
      arrivedAt: c.arrivedAt.toISOString(),
      queuedAt: iso(c.queuedAt),
      offeredAt: iso(c.offeredAt),
      answeredAt: iso(c.answeredAt),
      endedAt: iso(c.endedAt),
      abandonedAt: iso(c.abandonedAt),
      queueSeconds: c.queueSeconds,
      talkSeconds:
        c.answeredAt && (c.transferredAt ?? c.endedAt)
          ? Math.round(((c.transferredAt ?? c.endedAt)!.getTime() - c.answeredAt.getTime()) / 1000)
          : null,
      selfService: c.selfService,
      callbackRequestedAt: iso(c.callbackRequestedAt),
      interactionId: c.interactionId ?? c.callbackInteractionId,
    };
  });

  r.post("/api/telephony/callbacks/:id/start", { schema: { params: idParams } }, async (request, reply) => {
    const actor = requireCallTaker(request);
    const interactionId = await takeCallback(deps, actor, request.params.id);
    return reply.status(201).send({ interactionId });
  });
}
