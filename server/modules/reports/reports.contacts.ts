/**
 * Contact-center measures from interactions: contacts by interval and channel, handle time, first-contact
 * resolution, transfers and referrals by destination, top questions and abandonment. Queue waiting and
 * speed of answer come from the phone system's call events when it is connected; they join these figures
 * as more columns of the same rows.
 */
import { sql } from "drizzle-orm";
import {
  type ContactDashboard,
  FCR_WINDOW_DAYS,
  type ReportFilters,
} from "../../../common/contracts/reports.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import {
  ABANDONED,
  bucketOf,
  contactScope,
  HANDLE_SECONDS,
  HANDLED,
  pct,
  REFERRED,
  RESOLVED_FIRST,
  round2,
  startedIn,
  TRANSFERRED,
} from "./reports.filters.js";

interface FigureRow {
  channel: string | null;
  op: number | null;
  g: number;
  contacts: number;
  handled: number;
  abandoned: number;
  resolved: number;
  transferred: number;
  referred: number;
  mean: number | null;
  median: number | null;
}

function figures(r: FigureRow | undefined) {
  const contacts = r?.contacts ?? 0;
  const handled = r?.handled ?? 0;
  return {
    contacts,
    handled,
    abandoned: r?.abandoned ?? 0,
    abandonedPct: pct(r?.abandoned ?? 0, contacts),
    meanHandleSeconds: round2(r?.mean),
    medianHandleSeconds: round2(r?.median),
    resolvedFirst: r?.resolved ?? 0,
    fcrPct: pct(r?.resolved ?? 0, handled),
    transferred: r?.transferred ?? 0,
    referred: r?.referred ?? 0,
  };
}

// grouping() bits: 2 = channel rolled up, 1 = operator.
const BY_CHANNEL = 1;
const BY_OPERATOR = 2;
const TOTAL = 3;

/** The contact-center dashboard for the filters. */
export async function contactDashboard(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
  now: Date = new Date(),
): Promise<ContactDashboard> {
  const where = sql`${startedIn(f, timeZone)} and ${contactScope(f)}`;
  const [figureRows, seriesRows, transferRows, referralRows, articleRows, operators] = await Promise.all([
    rows<FigureRow>(
      db,
      sql`select i.channel, i.operator_user_id as op, grouping(i.channel, i.operator_user_id)::int as g,
        count(*)::int as contacts,
        (count(*) filter (where ${HANDLED}))::int as handled,
        (count(*) filter (where ${ABANDONED}))::int as abandoned,
        (count(*) filter (where ${RESOLVED_FIRST}))::int as resolved,
        (count(*) filter (where ${TRANSFERRED}))::int as transferred,
        (count(*) filter (where ${REFERRED}))::int as referred,
        (avg(${HANDLE_SECONDS}) filter (where ${HANDLED}))::float8 as mean,
        (percentile_cont(0.5) within group (order by ${HANDLE_SECONDS}) filter (where ${HANDLED}))::float8 as median
      from interactions i where ${where}
      group by grouping sets ((i.channel), (i.operator_user_id), ())`,
    ),
    rows<{ b: string; channel: string; n: number; abandoned: number }>(
      db,
      sql`select ${bucketOf(sql`i.started_at`, f.interval, timeZone)} as b, i.channel, count(*)::int as n,
        (count(*) filter (where ${ABANDONED}))::int as abandoned
      from interactions i where ${where} group by 1, 2`,
    ),
    rows<{ code: string; name: string; n: number }>(
      db,
      sql`select d.code, d.name, count(*)::int as n from interactions i
      join departments d on d.id = i.transfer_department_id
      where ${where} and ${TRANSFERRED} group by 1, 2 order by 3 desc, 2`,
    ),
    rows<{ code: string; name: string; n: number }>(
      db,
      sql`select a.code, a.name, count(*)::int as n from interactions i
      join agencies a on a.id = i.referral_agency_id
      where ${where} and ${REFERRED} group by 1, 2 order by 3 desc, 2`,
    ),
    rows<{ id: number; title: string; n: number }>(
      db,
      sql`select k.id, k.title, count(*)::int as n from interactions i
      join interaction_articles ia on ia.interaction_id = i.id
      join kb_articles k on k.id = ia.article_id
      where ${where} group by 1, 2 order by 3 desc, 2 limit 10`,
    ),
    rows<{ id: number; name: string }>(db, sql`select id, name from users`),
  ]);

  const operatorName = new Map(operators.map((o) => [o.id, o.name]));
  const series = bucketLabels(f, timeZone).flatMap((bucket) => {
    const inBucket = seriesRows.filter((r) => r.b === bucket);
    return inBucket.length === 0
      ? [{ bucket, channel: "all", contacts: 0, abandoned: 0 }]
      : inBucket.map((r) => ({ bucket, channel: r.channel, contacts: r.n, abandoned: r.abandoned }));
  });

  return {
    filters: { from: f.from, to: f.to, interval: f.interval },
    generatedAt: now.toISOString(),
    fcrWindowDays: FCR_WINDOW_DAYS,
    totals: figures(figureRows.find((r) => r.g === TOTAL)),
    series,
    byChannel: figureRows
      .filter((r) => r.g === BY_CHANNEL && r.channel !== null)
      .map((r) => ({ channel: r.channel as string, ...figures(r) }))
      .sort((a, b) => b.contacts - a.contacts),
    byOperator: figureRows
      .filter((r) => r.g === BY_OPERATOR && r.op !== null)
      .map((r) => ({
        id: r.op as number,
        name: operatorName.get(r.op as number) ?? "Unknown",
        ...figures(r),
      }))
      .sort((a, b) => b.contacts - a.contacts || a.name.localeCompare(b.name)),
    transfers: transferRows.map((r) => ({ code: r.code, name: r.name, count: r.n })),
    referrals: referralRows.map((r) => ({ code: r.code, name: r.name, count: r.n })),
    topArticles: articleRows.map((r) => ({ id: r.id, title: r.title, count: r.n })),
  };
}
