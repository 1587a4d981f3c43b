/**
 * Contact-center measures from interactions: contacts by interval and channel, handle time, first-contact
 * resolution, transfers and referrals by destination, top questions and abandonment. Queue waiting and
 * speed of answer come from the phone system's call events when it is connected; they join these figures
 * as more columns of the same rows.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  type ContactDashboard,
  type ContactMedians,
  FCR_WINDOW_DAYS,
  type ReportFilters,
} from "../../../common/contracts/reports.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import {
  ABANDONED,
  contactScope,
  HANDLE_SECONDS,
  HANDLED,
  labelOf,
  pct,
  REFERRED,
  RESOLVED_FIRST,
  reportRows,
  round2,
  startedIn,
  TRANSFERRED,
  truncated,
} from "./reports.filters.js";
import { sumBy } from "./reports.requests.js";
import { liveTimes, rolledDays, rollupPlan } from "./reports.rollups.js";

interface CountRow {
  channel: string;
  op: number | null;
  contacts: number;
  handled: number;
  abandoned: number;
  resolved: number;
  transferred: number;
  referred: number;
  seconds: number;
}
const FIELDS: (keyof CountRow)[] = [
  "contacts",
  "handled",
  "abandoned",
  "resolved",
  "transferred",
  "referred",
  "seconds",
];

function figures(r: CountRow | undefined, median: number | null | undefined) {
  const contacts = r?.contacts ?? 0;
  const handled = r?.handled ?? 0;
  return {
    contacts,
    handled,
    abandoned: r?.abandoned ?? 0,
    abandonedPct: pct(r?.abandoned ?? 0, contacts),
    meanHandleSeconds: handled > 0 ? round2((r?.seconds ?? 0) / handled) : null,
    medianHandleSeconds: round2(median),
    resolvedFirst: r?.resolved ?? 0,
    fcrPct: pct(r?.resolved ?? 0, handled),
    transferred: r?.transferred ?? 0,
    referred: r?.referred ?? 0,
  };
}

/** The contact-center dashboard for the filters. */
export async function contactDashboard(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
  now: Date = new Date(),
  options: { rollups?: boolean } = {},
): Promise<ContactDashboard> {
  const scope = contactScope(f);
  const where = sql`${startedIn(f, timeZone)} and ${scope}`;
  const plan = options.rollups === false ? null : await rollupPlan(db, timeZone);
  // Rollup rows are aliased `i` too: their channel and operator_user_id columns take the same filters.
  const rolled = sql`${rolledDays(plan, "contacts", sql`i.day`, f)} and ${scope}`;
  const live = sql`${liveTimes(plan, "contacts", sql`i.started_at`, f, timeZone)} and ${scope}`;
  // Hours, destinations and articles are rolled up without the operator: filtered by one, they are live.
  const byChannel = f.operator ? null : plan;
  const rolledC = byChannel
    ? sql`${rolledDays(byChannel, "contacts", sql`i.day`, f)} and ${scope}`
    : sql`false`;
  const liveC = sql`${liveTimes(byChannel, "contacts", sql`i.started_at`, f, timeZone)} and ${scope}`;
  const median = () =>
    reportRows<{ m: number | null }>(
      db,
      sql`select (percentile_cont(0.5) within group (order by ${HANDLE_SECONDS}))::float8 as m
      from interactions i where ${where} and ${HANDLED}`,
    );
  const destinations = (kind: "transfer" | "referral") => {
    const [table, column, flag] =
      kind === "transfer"
        ? [sql`departments`, sql`i.transfer_department_id`, TRANSFERRED]
        : [sql`agencies`, sql`i.referral_agency_id`, REFERRED];
    return reportRows<{ code: string; name: string; n: number }>(
      db,
      sql`select t.code, t.name, sum(x.n)::int as n from (
        select i.destination_id as id, i.n from report_contact_destinations i where i.kind = ${kind} and ${rolledC}
        union all
        select ${column}, 1 from interactions i where ${liveC} and ${flag} and ${column} is not null
      ) x join ${table} t on t.id = x.id group by 1, 2 order by 3 desc, 2`,
    );
  };
  // Counted once at channel × operator and summed here; medians need their own sorts, run side by side.
  const [countRows, medianAll, seriesRows, transferRows, referralRows, articleRows, operators] =
    await Promise.all([
      reportRows<CountRow>(
        db,
        sql`select channel, op, sum(contacts)::int as contacts, sum(handled)::int as handled,
        sum(abandoned)::int as abandoned, sum(resolved)::int as resolved, sum(transferred)::int as transferred,
        sum(referred)::int as referred, sum(seconds)::float8 as seconds from (
        select i.channel, i.operator_user_id as op, i.contacts, i.handled, i.abandoned, i.resolved, i.transferred,
          i.referred, i.seconds
        from report_contacts i where ${rolled}
        union all
        select i.channel, i.operator_user_id, 1, (${HANDLED})::int, (${ABANDONED})::int, (${RESOLVED_FIRST})::int,
          (${TRANSFERRED})::int, (${REFERRED})::int, case when ${HANDLED} then ${HANDLE_SECONDS} else 0 end
        from interactions i where ${live}
      ) x group by 1, 2`,
      ),
      median(),
      reportRows<{ b: string; channel: string; n: number; abandoned: number }>(
        db,
        sql`select ${labelOf(sql`t`, f.interval)} as b, channel, sum(n)::int as n, sum(abandoned)::int as abandoned from (
        ${
          f.interval === "hour"
            ? sql`select i.hour as t, i.channel, i.contacts as n, i.abandoned from report_contact_hours i where ${rolledC}`
            : sql`select date_trunc(${sql.raw(`'${f.interval}'`)}, i.day::timestamp) as t, i.channel, i.contacts as n,
                i.abandoned from report_contacts i where ${rolled}`
        }
        union all
        select ${truncated(sql`i.started_at`, f.interval, timeZone)}, i.channel, 1, (${ABANDONED})::int
        from interactions i where ${f.interval === "hour" ? liveC : live}
      ) x group by t, channel`,
      ),
      destinations("transfer"),
      destinations("referral"),
      reportRows<{ id: number; title: string; n: number }>(
        db,
        sql`select k.id, k.title, sum(x.n)::int as n from (
        select i.article_id, i.n from report_contact_articles i where ${rolledC}
        union all
        select ia.article_id, 1 from interactions i join interaction_articles ia on ia.interaction_id = i.id where ${liveC}
      ) x join kb_articles k on k.id = x.article_id group by 1, 2 order by 3 desc, 2 limit 10`,
      ),
      rows<{ id: number; name: string }>(db, sql`select id, name from users`),
    ]);

  const operatorName = new Map(operators.map((o) => [o.id, o.name]));
  const byBucket = new Map<string, typeof seriesRows>();
  for (const r of seriesRows) byBucket.set(r.b, [...(byBucket.get(r.b) ?? []), r]);
  const series = bucketLabels(f, timeZone).flatMap((bucket) => {
    const inBucket = byBucket.get(bucket) ?? [];
    return inBucket.length === 0
      ? [{ bucket, channel: "all", contacts: 0, abandoned: 0 }]
      : inBucket.map((r) => ({ bucket, channel: r.channel, contacts: r.n, abandoned: r.abandoned }));
  });

  return {
    filters: { from: f.from, to: f.to, interval: f.interval },
    generatedAt: now.toISOString(),
    fcrWindowDays: FCR_WINDOW_DAYS,
    totals: figures(sumBy(countRows, () => null, FIELDS).get(null), medianAll[0]?.m),
    series,
    byChannel: [...sumBy(countRows, (r) => r.channel, FIELDS)]
      .map(([channel, r]) => ({ channel, ...figures(r, null) }))
      .sort((a, b) => b.contacts - a.contacts),
    byOperator: [...sumBy(countRows, (r) => r.op, FIELDS)]
      .filter((entry): entry is [number, CountRow] => entry[0] !== null)
      .map(([id, r]) => ({
        id,
        name: operatorName.get(id) ?? "Unknown",
        ...figures(r, null),
      }))
      .sort((a, b) => b.contacts - a.contacts || a.name.localeCompare(b.name)),
    transfers: transferRows.map((r) => ({ code: r.code, name: r.name, count: r.n })),
    referrals: referralRows.map((r) => ({ code: r.code, name: r.name, count: r.n })),
    topArticles: articleRows.map((r) => ({ id: r.id, title: r.title, count: r.n })),
  };
}

/** Median handle time by channel and by operator: one sort per breakdown, side by side. */
export async function contactMedians(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
): Promise<ContactMedians> {
  const where = sql`${startedIn(f, timeZone)} and ${contactScope(f)} and ${HANDLED}`;
  const median = <K>(by: SQL) =>
    reportRows<{ k: K; m: number | null }>(
      db,
      sql`select ${by} as k, (percentile_cont(0.5) within group (order by ${HANDLE_SECONDS}))::float8 as m
      from interactions i where ${where} group by 1`,
    );
  const [channels, operators] = await Promise.all([
    median<string>(sql`i.channel`),
    median<number | null>(sql`i.operator_user_id`),
  ]);
  return {
    byChannel: channels.map((r) => ({ channel: r.k, medianHandleSeconds: round2(r.m) })),
    byOperator: operators.flatMap((r) =>
      r.k === null ? [] : [{ id: r.k, medianHandleSeconds: round2(r.m) }],
    ),
  };
}
