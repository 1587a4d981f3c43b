import { and, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type {
  endInteractionInput,
  startInteractionInput,
} from "../../../../common/contracts/interactions.js";
import {
  agencies,
  departments,
  followers,
  interactionArticles,
  interactionRequests,
  interactions,
  kbArticles,
  serviceRequests,
} from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import type { JobSender } from "../../../platform/jobs.js";
import { constituentExists, createConstituent, identifiesSomeone } from "../../constituents/index.js";
import { type CreateRequestData, createRequest, recordEvent } from "../../requests/index.js";
import { addOutcomes } from "../interactions.repository.js";

export interface InteractionDeps {
  db: DbOrTx;
  actor: StaffActor;
  clock: Clock;
  timeZone: string;
  jobs: JobSender | null;
}

/** An open interaction the actor may work on (its operator, a supervisor or an administrator), locked. */
async function openInteraction(tx: DbOrTx, actor: StaffActor, id: number) {
  const [row] = await tx.select().from(interactions).where(eq(interactions.id, id)).for("update").limit(1);
  const mayWork =
    row && (row.operatorUserId === actor.userId || actor.role === "supervisor" || actor.role === "admin");
  if (!row || !mayWork) throw notFound("Interaction");
  if (row.endedAt) throw new AppError("conflict", "This contact has already ended.");
  return row;
}

/** Starts a contact for the signed-in operator; the phone system's webhook will call this too. */
export async function startInteraction(
  deps: InteractionDeps,
  input: z.output<typeof startInteractionInput>,
): Promise<number> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    if (input.externalCallId) {
      // The phone system may be recording this call's answer at this moment: take the call's row first (as
      // it does), then join the operator's open contact for the call if the answer already made one.
      await tx.execute(sql`select id from calls where external_id = ${input.externalCallId} for update`);
      const [open] = await tx
        .select({ id: interactions.id })
        .from(interactions)
        .where(
          and(
            eq(interactions.externalCallId, input.externalCallId),
            eq(interactions.operatorUserId, deps.actor.userId),
            isNull(interactions.endedAt),
          ),
        )
        .limit(1);
      if (open) return open.id;
    }
    let constituentId = input.constituentId ?? null;
    if (constituentId !== null && !(await constituentExists(tx, constituentId))) {
      throw new AppError("validation_failed", "constituentId is not a known constituent", [
        { field: "constituentId", message: "is not a known constituent" },
      ]);
    }
    const who = input.constituent;
    if (constituentId === null && identifiesSomeone(who)) {
      constituentId = await createConstituent(tx, deps.actor, who, now);
    }
    const [row] = await tx
      .insert(interactions)
      .values({
        channel: input.channel,
        constituentId,
        operatorUserId: deps.actor.userId,
        startedAt: now,
        externalCallId: input.externalCallId ?? null,
      })
      .returning({ id: interactions.id });
    await audit(
      tx,
      deps.actor,
      "interaction.started",
      "interaction",
      row!.id,
      { channel: input.channel },
      now,
    );
    return row!.id;
  });
}

/** Logs an article used to answer the caller and counts the use. */
export async function recordAnswer(deps: InteractionDeps, id: number, articleId: number): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await openInteraction(tx, deps.actor, id);
    const [article] = await tx
      .select({ id: kbArticles.id })
      .from(kbArticles)
      .where(eq(kbArticles.id, articleId))
      .limit(1);
    if (!article) throw notFound("Article");
    const inserted = await tx
      .insert(interactionArticles)
      .values({ interactionId: id, articleId })
      .onConflictDoNothing()
      .returning();
    if (inserted.length)
      await tx
        .update(kbArticles)
        .set({ useCount: sql`${kbArticles.useCount} + 1` })
        .where(eq(kbArticles.id, articleId));
    await addOutcomes(tx, id, ["answered"]);
    await audit(tx, deps.actor, "interaction.answered", "interaction", id, { articleId }, deps.clock.now());
  });
}

/** "Me too": links an existing request; the caller follows it and the request's timeline counts them. */
export async function linkRequest(deps: InteractionDeps, id: number, number: string): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const contact = await openInteraction(tx, deps.actor, id);
    const [req] = await tx
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.number, number))
      .limit(1);
    if (!req) throw notFound("Request");
    const linked = await tx
      .insert(interactionRequests)
      .values({ interactionId: id, requestId: req.id, relation: "linked" })
      .onConflictDoNothing()
      .returning();
    if (!linked.length) return;
    if (contact.constituentId !== null) {
      await tx
        .insert(followers)
        .values({ requestId: req.id, constituentId: contact.constituentId, createdAt: now })
        .onConflictDoNothing();
    }
    await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, req.id));
    await recordEvent(tx, deps.actor, {
      requestId: req.id,
      type: "caller_added",
      at: now,
      public: false,
      body: "Another caller reported this.",
      data: { interactionId: id },
    });
    await addOutcomes(tx, id, ["request_linked"]);
  });
}

/** Creates a request during the contact (for its caller unless the input names one) and links it. */
export async function createRequestForInteraction(
  deps: InteractionDeps,
  id: number,
  input: CreateRequestData,
) {
  return deps.db.transaction(async (tx) => {
    const contact = await openInteraction(tx, deps.actor, id);
    const namesCaller = input.constituentId !== undefined || input.constituent !== undefined;
    const caller = namesCaller ? {} : { constituentId: contact.constituentId ?? undefined };
    const created = await createRequest(
      { db: tx, actor: deps.actor, clock: deps.clock, timeZone: deps.timeZone, jobs: deps.jobs },
      { ...input, ...caller, channel: contact.channel as CreateRequestData["channel"] },
    );
    await tx
      .insert(interactionRequests)
      .values({ interactionId: id, requestId: created.id, relation: "created" });
    await addOutcomes(tx, id, ["request_created"]);
    return created;
  });
}

async function finish(
  tx: DbOrTx,
  deps: InteractionDeps,
  id: number,
  set: Partial<typeof interactions.$inferInsert>,
  action: string,
  data: Record<string, unknown>,
) {
  const now = deps.clock.now();
  await tx
    .update(interactions)
    .set({ ...set, endedAt: now })
    .where(eq(interactions.id, id));
  await audit(tx, deps.actor, action, "interaction", id, data, now);
}

/** Transfers the caller to a department and ends the contact in one step. */
export async function transferInteraction(
  deps: InteractionDeps,
  id: number,
  departmentCode: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await openInteraction(tx, deps.actor, id);
    const [dept] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.code, departmentCode), eq(departments.active, true)))
      .limit(1);
    if (!dept) throw notFound("Department");
    await addOutcomes(tx, id, ["transferred"]);
    await finish(tx, deps, id, { transferDepartmentId: dept.id }, "interaction.transferred", {
      department: departmentCode,
    });
  });
}

/** Refers the caller to an outside agency and ends the contact in one step. */
export async function referInteraction(deps: InteractionDeps, id: number, agencyCode: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await openInteraction(tx, deps.actor, id);
    const [agency] = await tx
      .select({ id: agencies.id })
      .from(agencies)
      .where(and(eq(agencies.code, agencyCode), eq(agencies.active, true)))
      .limit(1);
    if (!agency) throw notFound("Agency");
    await addOutcomes(tx, id, ["referred"]);
    await finish(tx, deps, id, { referralAgencyId: agency.id }, "interaction.referred", {
      agency: agencyCode,
    });
  });
}

/** Ends the contact with a wrap-up code and note (or as abandoned). */
export async function endInteraction(
  deps: InteractionDeps,
  id: number,
  input: z.output<typeof endInteractionInput>,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await openInteraction(tx, deps.actor, id);
    if (input.abandoned) await addOutcomes(tx, id, ["abandoned"]);
    await finish(
      tx,
      deps,
      id,
      { wrapUpCode: input.wrapUpCode ?? null, notes: input.note ?? null },
      "interaction.ended",
      { wrapUpCode: input.wrapUpCode ?? null, abandoned: input.abandoned },
    );
  });
}
