/**
 * The phone line's measures over a period: calls by the local interval they arrived in, service level,
 * average speed of answer, abandonment, callbacks and self-service, overall, by interval and by the operator
 * who answered. Counted live from `calls` (through its arrival-time index) with the wallboard's definitions;
 * there is no rollup of calls.
 */
import { type SQL, sql } from "drizzle-orm";
import type { CallDashboard, CallFigures, ReportFilters } from "../../../common/contracts/reports.js";
import type { DbOrTx } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import {
  arrivedIn,
  CALL,
  callScope,
  labelOf,
  pct,
  reportRows,
  round2,
  serviceLevelSeconds,
  TALK_SECONDS,
  truncated,
  withinThreshold,
} from "./reports.filters.js";

interface CountRow {
  calls: number;
  queued: number;
  answered: number;
  within: number;
  abandoned: number;
  callbacks: number;
  self_served: number;
  answer_wait: number | string | null;
}

/** The counts of one group of calls, as one select list (the wallboard's `dayFigures` counts the same way). */
function counts(threshold: number): SQL {
  return sql`count(*)::int as calls,
    count(*) filter (where ${CALL.queued})::int as queued,
    count(*) filter (where ${CALL.answered})::int as answered,
    count(*) filter (where ${withinThreshold(threshold)})::int as within,
    count(*) filter (where ${CALL.abandoned})::int as abandoned,
    count(*) filter (where ${CALL.callback})::int as callbacks,
    count(*) filter (where ${CALL.selfServed})::int as self_served,
    sum(c.queue_seconds) filter (where ${CALL.answered})::float8 as answer_wait`;
}

/** Mean queue seconds of answered calls, with one decimal as the wallboard shows it. */
function speedOfAnswer(answered: number, wait: number): number | null {
  return answered === 0 ? null : Math.round((10 * wait) / answered) / 10;
}

function figures(r: CountRow | undefined): CallFigures {
  const answered = r?.answered ?? 0;
  const abandoned = r?.abandoned ?? 0;
  return {
    calls: r?.calls ?? 0,
    queued: r?.queued ?? 0,
    answered,
    withinThreshold: r?.within ?? 0,
    abandoned,
    callbacks: r?.callbacks ?? 0,
    selfServed: r?.self_served ?? 0,
    serviceLevelPct: pct(r?.within ?? 0, answered + abandoned),
    averageSpeedOfAnswerSeconds: speedOfAnswer(answered, Number(r?.answer_wait ?? 0)),
    abandonedPct: pct(abandoned, answered + abandoned),
  };
}

/** The phone line's dashboard for the filters. */
export async function callDashboard(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
  now: Date = new Date(),
): Promise<CallDashboard> {
  const threshold = await serviceLevelSeconds(db);
  const where = sql`${arrivedIn(f, timeZone)} and ${callScope(f)}`;
  // Counted once by interval and summed here for the totals (every count is additive).
  const [seriesRows, operatorRows] = await Promise.all([
    reportRows<CountRow & { b: string }>(
      db,
      sql`select ${labelOf(sql`t`, f.interval)} as b, x.* from (
        select ${truncated(sql`c.arrived_at`, f.interval, timeZone)} as t, ${counts(threshold)}
        from calls c where ${where} group by 1) x`,
    ),
    reportRows<{
      id: number;
      name: string;
      answered: number;
      within: number;
      answer_wait: number | null;
      talk_mean: number | null;
      talk_median: number | null;
    }>(
      db,
      sql`select c.answered_by_user_id as id, u.name, count(*)::int as answered,
          count(*) filter (where ${withinThreshold(threshold)})::int as within,
          sum(c.queue_seconds)::float8 as answer_wait,
          (avg(${TALK_SECONDS}) filter (where coalesce(c.transferred_at, c.ended_at) is not null))::float8 as talk_mean,
          (percentile_cont(0.5) within group (order by ${TALK_SECONDS})
            filter (where coalesce(c.transferred_at, c.ended_at) is not null))::float8 as talk_median
        from calls c join users u on u.id = c.answered_by_user_id
        where ${where} and ${CALL.answered}
        group by 1, 2 order by 3 desc, 2`,
    ),
  ]);
  const byBucket = new Map(seriesRows.map((r) => [r.b, r]));
  const totals: CountRow = {
    calls: 0,
    queued: 0,
    answered: 0,
    within: 0,
    abandoned: 0,
    callbacks: 0,
    self_served: 0,
    answer_wait: 0,
  };
  for (const r of seriesRows) {
    for (const k of Object.keys(totals) as (keyof CountRow)[]) {
      totals[k] = Number(totals[k] ?? 0) + Number(r[k] ?? 0);
    }
  }
  return {
    filters: { from: f.from, to: f.to, interval: f.interval },
    generatedAt: now.toISOString(),
    thresholdSeconds: threshold,
    totals: figures(totals),
    series: bucketLabels(f, timeZone).map((bucket) => ({ bucket, ...figures(byBucket.get(bucket)) })),
    byOperator: operatorRows.map((r) => ({
      id: r.id,
      name: r.name,
      answered: r.answered,
      withinThreshold: r.within,
      averageSpeedOfAnswerSeconds: speedOfAnswer(r.answered, Number(r.answer_wait ?? 0)),
      meanTalkSeconds: round2(r.talk_mean),
      medianTalkSeconds: round2(r.talk_median),
    })),
  };
}
