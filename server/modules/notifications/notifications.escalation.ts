import { and, asc, eq, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import {
  departmentMembers,
  departments,
  escalationPolicies,
  requestEscalations,
  serviceRequests,
  serviceTypes,
  users,
} from "../../db/schema/index.js";
import { SYSTEM } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import type { JobSender } from "../../platform/jobs.js";
import { recordEvent } from "../requests/index.js";
import type { Mailer } from "./notifications.senders.js";

/** The queue of "tell the supervisors about this escalation" jobs. */
export const STAFF_ALERT_QUEUE = "staff-escalation-alert";

interface Policy {
  level: number;
  minutesFromDue: number;
  label: string;
}

/** The highest level a request has reached `now`, given its due date and its service's levels. */
export function levelReached(dueAt: Date, policies: Policy[], now: Date): Policy | null {
  let reached: Policy | null = null;
  for (const p of policies) {
    if (dueAt.getTime() + p.minutesFromDue * 60_000 <= now.getTime() && (!reached || p.level > reached.level))
      reached = p;
  }
  return reached;
}

/**
 * Finds open requests that have reached a new escalation level, records the level once per request
 * (a timeline event for staff) and enqueues the supervisors' alert in the same transaction.
 * Runs on a schedule; running it twice changes nothing the second time.
 */
export async function escalateDueRequests(deps: { db: Db; jobs: JobSender; now: Date }): Promise<number> {
  const all = await deps.db
    .select({
      serviceTypeId: escalationPolicies.serviceTypeId,
      level: escalationPolicies.level,
      minutesFromDue: escalationPolicies.minutesFromDue,
      label: escalationPolicies.label,
    })
    .from(escalationPolicies)
    .orderBy(asc(escalationPolicies.level));
  if (all.length === 0) return 0;
  const defaults = all.filter((p) => p.serviceTypeId === null);
  const byService = new Map<number, Policy[]>();
  for (const p of all)
    if (p.serviceTypeId !== null)
      byService.set(p.serviceTypeId, [...(byService.get(p.serviceTypeId) ?? []), p]);
  const earliest = Math.min(...all.map((p) => p.minutesFromDue));
  const horizon = new Date(deps.now.getTime() - earliest * 60_000);

  const candidates = await deps.db
    .select({
      id: serviceRequests.id,
      serviceTypeId: serviceRequests.serviceTypeId,
      dueAt: serviceRequests.dueAt,
      top: sql<
        number | null
      >`(select max(${requestEscalations.level}) from ${requestEscalations} where ${requestEscalations.requestId} = ${serviceRequests.id})`,
    })
    .from(serviceRequests)
    .where(
      and(
        ne(serviceRequests.status, "closed"),
        isNotNull(serviceRequests.dueAt),
        lte(serviceRequests.dueAt, horizon),
      ),
    );

  let escalated = 0;
  for (const c of candidates) {
    const reached = levelReached(c.dueAt!, byService.get(c.serviceTypeId) ?? defaults, deps.now);
    if (!reached || (c.top !== null && Number(c.top) >= reached.level)) continue;
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(requestEscalations)
        .values({ requestId: c.id, level: reached.level, label: reached.label, reachedAt: deps.now })
        .onConflictDoNothing()
        .returning({ id: requestEscalations.id });
      if (!row) return;
      await recordEvent(tx, SYSTEM, {
        requestId: c.id,
        type: "escalated",
        at: deps.now,
        public: false,
        body: reached.label,
        data: { level: reached.level },
      });
      await deps.jobs.send(tx, STAFF_ALERT_QUEUE, { escalationId: row.id }, { key: `escalation ${row.id}` });
      escalated++;
    });
  }
  return escalated;
}

/**
 * Emails the supervisors of the request's department (every supervisor when the department has none)
 * about one escalation, then marks it told. A failure throws so the job is retried.
 */
export async function alertSupervisors(
  deps: { db: Db; mailer: Mailer | null; publicBaseUrl: string; now: Date },
  escalationId: number,
): Promise<number> {
  const [e] = await deps.db
    .select({
      id: requestEscalations.id,
      level: requestEscalations.level,
      label: requestEscalations.label,
      notifiedAt: requestEscalations.notifiedAt,
      number: serviceRequests.number,
      address: serviceRequests.address,
      dueAt: serviceRequests.dueAt,
      departmentId: serviceRequests.departmentId,
      department: departments.name,
      service: serviceTypes.name,
    })
    .from(requestEscalations)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestEscalations.requestId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .where(eq(requestEscalations.id, escalationId))
    .limit(1);
  if (!e || e.notifiedAt) return 0;
  const supervisor = and(eq(users.role, "supervisor"), eq(users.active, true));
  let to = await deps.db
    .select({ email: users.email })
    .from(users)
    .innerJoin(departmentMembers, eq(departmentMembers.userId, users.id))
    .where(and(supervisor, eq(departmentMembers.departmentId, e.departmentId)));
  if (to.length === 0) to = await deps.db.select({ email: users.email }).from(users).where(supervisor);
  if (deps.mailer && to.length > 0) {
    const host = new URL(deps.publicBaseUrl).hostname;
    await deps.mailer.send({
      to: to.map((u) => u.email).join(", "),
      subject: `[311 escalation ${e.level}] ${e.label}: request ${e.number}, ${e.service}`,
      text: [
        `Request ${e.number} (${e.service}${e.address ? ` at ${e.address}` : ""}) has reached escalation level ${e.level}: ${e.label}.`,
        `Department: ${e.department}`,
        `Due: ${e.dueAt?.toISOString() ?? "no due date"}`,
        "",
        `Open it: ${deps.publicBaseUrl}/staff/requests/${e.number}`,
      ].join("\n"),
      messageId: `<escalation-${e.id}@${host}>`,
    });
  }
  await deps.db
    .update(requestEscalations)
    .set({ notifiedAt: deps.now, recipients: deps.mailer ? to.length : 0 })
    .where(and(eq(requestEscalations.id, e.id), isNull(requestEscalations.notifiedAt)));
  return deps.mailer ? to.length : 0;
}
