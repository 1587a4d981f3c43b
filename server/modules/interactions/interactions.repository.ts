import { asc, eq, sql } from "drizzle-orm";
import type { Channel, InteractionOutcome } from "../../../common/channels.js";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import {
  agencies,
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
  const [articles, requests] = await Promise.all([
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
