import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import {
  AGENT_STATES,
  type AgentState,
  type AgentStateView,
  type QueueEntry,
  type Wallboard,
} from "../../../common/contracts/telephony.js";
import type { DbOrTx } from "../../platform/db.js";
import { rows } from "../../platform/db.js";
import { displayName } from "../constituents/index.js";

/** A call still waiting after this long is taken as lost (its end never reported) and leaves the queue. */
export const STALE_QUEUE_HOURS = 12;
/** Callbacks not made within this many days leave the queue (they still count in the day they were asked). */
export const CALLBACK_DAYS = 7;

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

/**
 * SQL conditions on a `calls` row `c` that define each phone measure, shared by the wallboard and the
 * historical dashboards (glossary: service level, speed of answer, abandonment).
 */
export const CALL_MEASURES = {
  /** reached the operators' queue */
  queued: sql`c.queued_at is not null`,
  answered: sql`c.answered_at is not null`,
  abandoned: sql`c.abandoned_at is not null`,
  callback: sql`c.callback_requested_at is not null`,
  /** heard the menu and hung up without asking for an operator (a caller still in the menu may yet ask) */
  selfServed: sql`c.queued_at is null and cardinality(c.self_service) > 0 and c.ended_at is not null`,
} as const;

/** Answered within the service-level threshold (seconds in the queue ≤ it): the service level's numerator. */
export const answeredWithin = (thresholdSeconds: number) =>
  sql`${CALL_MEASURES.answered} and c.queue_seconds <= ${thresholdSeconds}`;

/** Today's figures for calls that arrived since `start`: one scan of the day's calls. */
export async function dayFigures(
  db: DbOrTx,
  start: Date,
  end: Date,
  thresholdSeconds: number,
  timeZone: string,
) {
  const m = CALL_MEASURES;
  const [totals] = await rows<Record<string, string | number | null>>(
    db,
    sql`select count(*)::int as arrived,
          count(*) filter (where ${m.queued})::int as queued,
          count(*) filter (where ${m.answered})::int as answered,
          count(*) filter (where ${answeredWithin(thresholdSeconds)})::int as within,
          count(*) filter (where ${m.abandoned})::int as abandoned,
          count(*) filter (where ${m.callback})::int as callbacks,
          count(*) filter (where ${m.selfServed})::int as self_served,
          sum(c.queue_seconds) filter (where ${m.answered})::bigint as answer_wait
        from calls c where c.arrived_at >= ${start.toISOString()} and c.arrived_at < ${end.toISOString()}`,
  );
  const hours = await rows<{ hour: number; calls: number }>(
    db,
    sql`select extract(hour from c.arrived_at at time zone ${timeZone})::int as hour, count(*)::int as calls
        from calls c where c.arrived_at >= ${start.toISOString()} and c.arrived_at < ${end.toISOString()}
        group by 1 order by 1`,
  );
  const n = (k: string) => Number(totals?.[k] ?? 0);
  const answered = n("answered");
  const abandoned = n("abandoned");
  return {
    arrived: n("arrived"),
    queued: n("queued"),
    answered,
    answeredWithinThreshold: n("within"),
    abandoned,
    callbacks: n("callbacks"),
    selfServed: n("self_served"),
    serviceLevelPercent: pct(n("within"), answered + abandoned),
    averageSpeedOfAnswerSeconds: answered === 0 ? null : Math.round((10 * n("answer_wait")) / answered) / 10,
    abandonmentPercent: pct(abandoned, answered + abandoned),
    callsPerHour: hours.map((h) => ({ hour: Number(h.hour), calls: Number(h.calls) })),
  };
}

/** Calls waiting now and callbacks not yet made, in the order they joined the queue (staff only: numbers). */
export async function queueNow(db: DbOrTx, now: Date): Promise<QueueEntry[]> {
  const staleBefore = new Date(now.getTime() - STALE_QUEUE_HOURS * 3600_000).toISOString();
  const callbacksSince = new Date(now.getTime() - CALLBACK_DAYS * 86_400_000).toISOString();
  const list = await rows<{
    id: number;
    kind: "call" | "callback";
    queued_at: string | Date;
    number: string | null;
    constituent_id: number | null;
    first_name: string | null;
    last_name: string | null;
    language: string | null;
  }>(
    db,
    sql`select c.id, case when c.callback_requested_at is null then 'call' else 'callback' end as kind,
          c.queued_at, coalesce(c.callback_number, c.from_number) as number, c.constituent_id,
          p.first_name, p.last_name, c.language
        from calls c left join constituents p on p.id = c.constituent_id
        where (c.queued_at > ${staleBefore} and c.answered_at is null and c.abandoned_at is null
               and c.ended_at is null and c.callback_requested_at is null)
           or (c.callback_requested_at > ${callbacksSince} and c.callback_done_at is null)
        order by c.queued_at, c.id`,
  );
  return list.map((r) => {
    const queuedAt = new Date(r.queued_at);
    const name = r.constituent_id ? displayName({ firstName: r.first_name, lastName: r.last_name }) : null;
    return {
      callId: r.id,
      kind: r.kind,
      queuedAt: queuedAt.toISOString(),
      waitSeconds: Math.max(0, Math.round((now.getTime() - queuedAt.getTime()) / 1000)),
      number: r.number,
      callerName: name || null,
      constituentId: r.constituent_id,
      language: r.language,
    };
  });
}

/** Every operator with a state, with their name, most recent change first within each state. */
export async function operatorStates(db: DbOrTx): Promise<AgentStateView[]> {
  const list = await rows<{
    user_id: number;
    name: string;
    state: AgentState;
    reason: string | null;
    since: string | Date;
    call_id: number | null;
  }>(
    db,
    sql`select s.user_id, u.name, s.state, s.reason, s.since, s.call_id
        from agent_states s join users u on u.id = s.user_id
        where u.active order by u.name, u.id`,
  );
  return list.map((r) => ({
    userId: r.user_id,
    name: r.name,
    state: r.state,
    reason: r.reason,
    since: new Date(r.since).toISOString(),
    callId: r.call_id,
  }));
}

/** The supervisors' wallboard: the queue now, the operators by state and today's figures. */
export async function buildWallboard(
  db: DbOrTx,
  now: Date,
  timeZone: string,
  thresholdSeconds: number,
): Promise<Wallboard> {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  const [figures, queue, operators] = await Promise.all([
    dayFigures(db, today.toJSDate(), today.plus({ days: 1 }).toJSDate(), thresholdSeconds, timeZone),
    queueNow(db, now),
    operatorStates(db),
  ]);
  const agents = Object.fromEntries(AGENT_STATES.map((s) => [s, 0])) as Record<AgentState, number>;
  for (const o of operators) agents[o.state] += 1;
  const waiting = queue.filter((q) => q.kind === "call");
  return {
    asOf: now.toISOString(),
    date: today.toISODate()!,
    thresholdSeconds,
    waiting: waiting.length,
    longestWaitSeconds: waiting.length ? Math.max(...waiting.map((q) => q.waitSeconds)) : null,
    callbacksWaiting: queue.length - waiting.length,
    agents,
    operators,
    today: figures,
    queue,
  };
}
