import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Channel, InteractionOutcome } from "../../../common/channels.js";
import type { InteractionCall, InteractionView } from "../../../common/contracts/interactions.js";
import {
  agencies,
  calls,
  constituents,
  departments,
  interactionArticles,
  interactionRequests,
  interactions,
  kbArticles,
  serviceRequests,
  users,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { handoverColumns } from "../catalog/index.js";
import { displayName } from "../constituents/index.js";

/** One interaction as the console shows it, with the caller's contact details (staff only); null if none. */
export async function findInteraction(
  db: DbOrTx,
  id: number,
): Promise<(InteractionView & { operatorUserId: number | null }) | null> {
  const [row] = await db
    .select({
      i: interactions,
      c: {
        id: constituents.id,
        firstName: constituents.firstName,
        lastName: constituents.lastName,
        phone: constituents.phone,
        email: constituents.email,
      },
      operatorName: users.name,
      dept: handoverColumns.department,
      agency: handoverColumns.agency,
    })
    .from(interactions)
    .leftJoin(constituents, eq(constituents.id, interactions.constituentId))
    .leftJoin(users, eq(users.id, interactions.operatorUserId))
    .leftJoin(departments, eq(departments.id, interactions.transferDepartmentId))
    .leftJoin(agencies, eq(agencies.id, interactions.referralAgencyId))
    .where(eq(interactions.id, id))
    .limit(1);
  if (!row) return null;
  const [articles, requests, call] = await Promise.all([
    db
      .select({ id: kbArticles.id, title: kbArticles.title })
      .from(interactionArticles)
      .innerJoin(kbArticles, eq(kbArticles.id, interactionArticles.articleId))
      .where(eq(interactionArticles.interactionId, id))
      .orderBy(asc(kbArticles.title)),
    db
      .select({ number: serviceRequests.number, relation: interactionRequests.relation })
      .from(interactionRequests)
      .innerJoin(serviceRequests, eq(serviceRequests.id, interactionRequests.requestId))
      .where(eq(interactionRequests.interactionId, id))
      .orderBy(asc(serviceRequests.number)),
    row.i.externalCallId ? callOfInteraction(db, id, row.i.externalCallId) : null,
  ]);
  const i = row.i;
  const name = row.c ? displayName(row.c) : null;
  return {
    id: i.id,
    channel: i.channel as Channel,
    constituent: row.c?.id ? { id: row.c.id, name, phone: row.c.phone, email: row.c.email } : null,
    operator:
      i.operatorUserId !== null && row.operatorName ? { id: i.operatorUserId, name: row.operatorName } : null,
    operatorUserId: i.operatorUserId,
    startedAt: i.startedAt.toISOString(),
    endedAt: i.endedAt?.toISOString() ?? null,
    handleSeconds: i.endedAt ? Math.round((i.endedAt.getTime() - i.startedAt.getTime()) / 1000) : null,
    outcomes: i.outcomes as InteractionOutcome[],
    articles,
    requests: requests as InteractionView["requests"],
    transferredTo: row.dept?.code ? row.dept : null,
    referredTo: row.agency?.code ? row.agency : null,
    wrapUpCode: i.wrapUpCode,
    note: i.notes,
    call,
  };
}

/** The phone system adapters a call can come through (the telephony module's CallSource). */
const CALL_SOURCES = ["webhook", "twilio"];

/**
 * The call a contact came from: the call it is the contact of, else the call whose callback it is. Talk time
 * runs from the answer to the end, or to the transfer when the call was transferred. Contacts from calls carry
 * the call's id, so the lookup goes through the calls' (source, id) index.
 */
async function callOfInteraction(
  db: DbOrTx,
  id: number,
  externalCallId: string,
): Promise<InteractionCall | null> {
  const [c] = await db
    .select({
      arrivedAt: calls.arrivedAt,
      answeredAt: calls.answeredAt,
      transferredAt: calls.transferredAt,
      endedAt: calls.endedAt,
      queueSeconds: calls.queueSeconds,
    })
    .from(calls)
    .where(
      and(
        inArray(calls.source, CALL_SOURCES),
        eq(calls.externalId, externalCallId),
        or(eq(calls.interactionId, id), eq(calls.callbackInteractionId, id)),
      ),
    )
    .orderBy(sql`case when ${calls.interactionId} = ${id} then 0 else 1 end`, asc(calls.id))
    .limit(1);
  if (!c) return null;
  const talkEnd = c.transferredAt ?? c.endedAt;
  return {
    arrivedAt: c.arrivedAt.toISOString(),
    answeredAt: c.answeredAt?.toISOString() ?? null,
    endedAt: c.endedAt?.toISOString() ?? null,
    queueSeconds: c.queueSeconds,
    talkSeconds:
      c.answeredAt && talkEnd ? Math.round((talkEnd.getTime() - c.answeredAt.getTime()) / 1000) : null,
  };
}

/** Adds outcomes to an interaction, keeping each once. */
export async function addOutcomes(tx: DbOrTx, id: number, outcomes: InteractionOutcome[]): Promise<void> {
  await tx
    .update(interactions)
    .set({
      outcomes: sql`array(select distinct unnest(${interactions.outcomes} || ${sql.raw(`array[${outcomes.map((o) => `'${o}'`).join(",")}]`)}::text[]) order by 1)`,
    })
    .where(eq(interactions.id, id));
}
