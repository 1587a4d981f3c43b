import { and, eq, isNull, sql } from "drizzle-orm";
import { interactions } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";

/** What the phone system knows of a call when it becomes a contact. */
export interface CallContact {
  externalCallId: string;
  constituentId: number | null;
  operatorUserId: number;
  /** When the operator answered: the contact starts then. */
  answeredAt: Date;
}

/**
 * The contact an answered call becomes, in the caller's transaction: the operator's open contact for this
 * call if they already started one (it joins it and takes the call's start), the call's abandoned contact
 * if the answer arrived after a wrongly reported abandonment (it becomes the operator's), or a new one.
 */
export async function contactForAnsweredCall(
  tx: DbOrTx,
  actor: Actor,
  call: CallContact,
  existingId: number | null,
): Promise<number> {
  const [open] = existingId
    ? await tx.select().from(interactions).where(eq(interactions.id, existingId)).limit(1)
    : await tx
        .select()
        .from(interactions)
        .where(
          and(
            eq(interactions.externalCallId, call.externalCallId),
            eq(interactions.operatorUserId, call.operatorUserId),
            isNull(interactions.endedAt),
          ),
        )
        .limit(1);
  if (open) {
    const wasAbandoned = open.outcomes.includes("abandoned");
    await tx
      .update(interactions)
      .set({
        startedAt: call.answeredAt,
        operatorUserId: call.operatorUserId,
        constituentId: open.constituentId ?? call.constituentId,
        externalCallId: call.externalCallId,
        ...(wasAbandoned ? { outcomes: open.outcomes.filter((o) => o !== "abandoned"), endedAt: null } : {}),
      })
      .where(eq(interactions.id, open.id));
    await audit(tx, actor, "interaction.call_answered", "interaction", open.id, {
      operatorUserId: call.operatorUserId,
    });
    return open.id;
  }
  return insertPhoneContact(
    tx,
    actor,
    {
      constituentId: call.constituentId,
      operatorUserId: call.operatorUserId,
      startedAt: call.answeredAt,
      externalCallId: call.externalCallId,
    },
    "interaction.started",
  );
}

/** Records a call that hung up in the queue as an abandoned contact (no operator), in the caller's transaction. */
export async function recordAbandonedContact(
  tx: DbOrTx,
  actor: Actor,
  call: { externalCallId: string; constituentId: number | null; queuedAt: Date; abandonedAt: Date },
): Promise<number> {
  return insertPhoneContact(
    tx,
    actor,
    {
      constituentId: call.constituentId,
      operatorUserId: null,
      startedAt: call.queuedAt,
      endedAt: call.abandonedAt,
      outcomes: ["abandoned"],
      externalCallId: call.externalCallId,
    },
    "interaction.abandoned",
  );
}

/** Starts the contact of a callback: the operator calls the resident back. */
export async function startCallbackContact(
  tx: DbOrTx,
  actor: Actor,
  call: { externalCallId: string; constituentId: number | null; operatorUserId: number; at: Date },
): Promise<number> {
  return insertPhoneContact(
    tx,
    actor,
    {
      constituentId: call.constituentId,
      operatorUserId: call.operatorUserId,
      startedAt: call.at,
      externalCallId: call.externalCallId,
    },
    "interaction.callback_started",
  );
}

/** Inserts a phone contact and its audit row (the operator, never the caller's details). */
async function insertPhoneContact(
  tx: DbOrTx,
  actor: Actor,
  values: Omit<typeof interactions.$inferInsert, "channel">,
  action: string,
): Promise<number> {
  const [row] = await tx
    .insert(interactions)
    .values({ ...values, channel: "phone" })
    .returning({ id: interactions.id });
  await audit(tx, actor, action, "interaction", row!.id, {
    channel: "phone",
    operatorUserId: values.operatorUserId ?? null,
  });
  return row!.id;
}

/** The caller of a phone contact, once the call's number is known (only where none was recorded). */
export async function fillContactCaller(tx: DbOrTx, id: number, constituentId: number): Promise<void> {
  await tx
    .update(interactions)
    .set({ constituentId })
    .where(and(eq(interactions.id, id), isNull(interactions.constituentId)));
}

/**
 * Withdraws the abandoned contact of a call that, as later events showed, was not abandoned (the caller had
 * asked for a callback first). Only a contact that is nothing but that abandonment is removed; audited.
 */
export async function withdrawAbandonedContact(tx: DbOrTx, actor: Actor, id: number): Promise<boolean> {
  const removed = await tx
    .delete(interactions)
    .where(
      and(
        eq(interactions.id, id),
        isNull(interactions.operatorUserId),
        sql`${interactions.outcomes} = array['abandoned']::text[]`,
      ),
    )
    .returning({ id: interactions.id });
  if (removed.length)
    await audit(tx, actor, "interaction.withdrawn", "interaction", id, { reason: "not abandoned" });
  return removed.length > 0;
}
