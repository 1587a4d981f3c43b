/**
 * Report rollups (ADR 0011): each local day's counts at the finest breakdown the dashboards filter by,
 * built by the worker for days up to yesterday. A dashboard sums the rollups of the days they hold and
 * counts the rest live (today, and any day a change has marked dirty since it was built), so its figures
 * are always those of the base tables, and a year costs thousands of rows instead of a million.
 */
import { type SQL, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { ReportFilters } from "../../../common/contracts/reports.js";
import { type Db, type DbOrTx, rows } from "../../platform/db.js";
import {
  ABANDONED,
  HANDLE_SECONDS,
  HANDLED,
  LATE,
  ON_TIME,
  REFERRED,
  REOPENED,
  RESOLVED_FIRST,
  TIMED,
  TRANSFERRED,
} from "./reports.filters.js";

export type RollupKind = "requests" | "contacts";

/** What the rollups hold now: built through which day, and which days have changed since. */
export interface RollupPlan {
  builtThrough: string;
  dirty: Record<RollupKind, string[]>;
}

/** Past this many dirty days a dashboard counts everything live rather than list them all. */
const MAX_DIRTY = 120;

const nextDay = (day: string) => DateTime.fromISO(day).plus({ days: 1 }).toISODate() as string;
/** The earlier / later of two ISO dates (they sort as text). */
const earlier = (a: string, b: string) => [a, b].sort()[0] as string;
const later = (a: string, b: string) => [a, b].sort()[1] as string;

/** The rollups a dashboard may use, or null to count everything live. */
export async function rollupPlan(db: DbOrTx, timeZone: string): Promise<RollupPlan | null> {
  const [state] = await rows<{ tz: string; built: string | null }>(
    db,
    sql`select time_zone as tz, built_through::text as built from report_rollup_state where id = 1`,
  );
  if (!state?.built || state.tz !== timeZone) return null;
  const dirty = await rows<{ kind: RollupKind; day: string }>(
    db,
    sql`select kind, day::text as day from report_dirty_days order by day limit ${MAX_DIRTY * 2 + 1}`,
  );
  const plan: RollupPlan = { builtThrough: state.built, dirty: { requests: [], contacts: [] } };
  for (const d of dirty) plan.dirty[d.kind]?.push(d.day);
  if (plan.dirty.requests.length > MAX_DIRTY || plan.dirty.contacts.length > MAX_DIRTY) return null;
  return plan;
}

/** Rollup rows (`column` is their `day`) of the range that the rollups hold and that have not changed. */
export function rolledDays(plan: RollupPlan | null, kind: RollupKind, column: SQL, f: ReportFilters): SQL {
  if (!plan) return sql`false`;
  const to = earlier(f.to, plan.builtThrough);
  const dirty = plan.dirty[kind];
  const notDirty = dirty.length ? sql` and ${column} <> all(${`{${dirty.join(",")}}`}::date[])` : sql``;
  return sql`${column} >= ${f.from}::date and ${column} <= ${to}::date${notDirty}`;
}

/** Base rows (`column` is their time) of the range that the rollups do not hold: counted live. */
export function liveTimes(
  plan: RollupPlan | null,
  kind: RollupKind,
  column: SQL,
  f: ReportFilters,
  tz: string,
): SQL {
  const from = (day: string) => sql`(${day}::date::timestamp at time zone ${tz})`;
  const range = (a: string, b: string) => sql`(${column} >= ${from(a)} and ${column} < ${from(nextDay(b))})`;
  if (!plan) return range(f.from, f.to);
  const parts: SQL[] = [];
  const after = nextDay(plan.builtThrough);
  if (f.to >= after) parts.push(range(later(f.from, after), f.to));
  for (const day of plan.dirty[kind]) if (day >= f.from && day <= f.to) parts.push(range(day, day));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

/** Local days `a`…`b` of a base-table time column. */
function daysOf(column: SQL, a: string, b: string, tz: string): SQL {
  return sql`${column} >= (${a}::date::timestamp at time zone ${tz})
    and ${column} < (${nextDay(b)}::date::timestamp at time zone ${tz})`;
}

/** Any number just for this lock: rollup rebuilds take it so that two runs (two workers) never interleave. */
const ROLLUP_LOCK = 311_0011;

/** Rebuilds the rollups of local days `a`…`b` from the base tables, in the caller's transaction. */
async function buildDays(tx: DbOrTx, kind: RollupKind, a: string, b: string, tz: string) {
  // Held to the end of the transaction: a second run waits, then its delete sees (and replaces) these rows.
  await tx.execute(sql`select pg_advisory_xact_lock(${ROLLUP_LOCK})`);
  const day = (column: SQL) => sql`(${column} at time zone ${tz})::date`;
  const span = sql`between ${a}::date and ${b}::date`;
  if (kind === "requests") {
    await tx.execute(sql`delete from report_requests_opened where day ${span}`);
    await tx.execute(sql`delete from report_requests_closed where day ${span}`);
    await tx.execute(sql`insert into report_requests_opened
      select ${day(sql`sr.created_at`)}, sr.service_type_id, sr.department_id, sr.district, sr.channel,
        count(*), count(*) filter (where ${REOPENED})
      from service_requests sr where ${daysOf(sql`sr.created_at`, a, b, tz)} group by 1, 2, 3, 4, 5`);
    await tx.execute(sql`insert into report_requests_closed
      select ${day(sql`sr.closed_at`)}, sr.service_type_id, sr.department_id, sr.district, sr.channel,
        count(*), count(*) filter (where sr.close_reason = 'duplicate'), count(*) filter (where ${TIMED}),
        count(*) filter (where ${TIMED} and ${ON_TIME}), count(*) filter (where ${TIMED} and ${LATE})
      from service_requests sr where sr.status = 'closed' and ${daysOf(sql`sr.closed_at`, a, b, tz)}
      group by 1, 2, 3, 4, 5`);
    return;
  }
  const started = daysOf(sql`i.started_at`, a, b, tz);
  for (const t of [
    "report_contacts",
    "report_contact_hours",
    "report_contact_destinations",
    "report_contact_articles",
  ]) {
    await tx.execute(sql`delete from ${sql.identifier(t)} where day ${span}`);
  }
  await tx.execute(sql`insert into report_contacts
    select ${day(sql`i.started_at`)}, i.channel, i.operator_user_id,
      count(*), count(*) filter (where ${HANDLED}), count(*) filter (where ${ABANDONED}),
      count(*) filter (where ${RESOLVED_FIRST}), count(*) filter (where ${TRANSFERRED}),
      count(*) filter (where ${REFERRED}), coalesce(sum(${HANDLE_SECONDS}) filter (where ${HANDLED}), 0)
    from interactions i where ${started} group by 1, 2, 3`);
  await tx.execute(sql`insert into report_contact_hours
    select date_trunc('hour', i.started_at at time zone ${tz}), ${day(sql`i.started_at`)}, i.channel,
      count(*), count(*) filter (where ${ABANDONED})
    from interactions i where ${started} group by 1, 2, 3`);
  await tx.execute(sql`insert into report_contact_destinations
    select ${day(sql`i.started_at`)}, i.channel, 'transfer', i.transfer_department_id, count(*)
    from interactions i where ${started} and ${TRANSFERRED} and i.transfer_department_id is not null group by 1, 2, 3, 4
    union all
    select ${day(sql`i.started_at`)}, i.channel, 'referral', i.referral_agency_id, count(*)
    from interactions i where ${started} and ${REFERRED} and i.referral_agency_id is not null group by 1, 2, 3, 4`);
  await tx.execute(sql`insert into report_contact_articles
    select ${day(sql`i.started_at`)}, i.channel, ia.article_id, count(*)
    from interactions i join interaction_articles ia on ia.interaction_id = i.id where ${started}
    group by 1, 2, 3`);
}

/**
 * Brings the rollups up to yesterday (local) and rebuilds the days changed since they were built.
 * Marking is switched on for the new days before they are built, so a change made while they are being
 * built is either seen by the build or leaves its day dirty (counted live) for the next run.
 */
export async function refreshRollups(
  db: Db,
  timeZone: string,
  now: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<{ built: number; rebuilt: number }> {
  const yesterday = DateTime.fromJSDate(now, { zone: timeZone }).minus({ days: 1 }).toISODate() as string;
  const [state] = await rows<{ tz: string; built: string | null }>(
    db,
    sql`select time_zone as tz, built_through::text as built from report_rollup_state where id = 1`,
  );
  if (state && state.tz !== timeZone) {
    // The city's time zone changed: every day boundary moved; start again.
    await db.transaction(async (tx) => {
      for (const t of [
        "report_requests_opened",
        "report_requests_closed",
        "report_contacts",
        "report_contact_hours",
        "report_contact_destinations",
        "report_contact_articles",
      ]) {
        await tx.execute(sql`delete from ${sql.identifier(t)}`);
      }
      await tx.execute(sql`delete from report_dirty_days`);
      await tx.execute(sql`delete from report_rollup_state`);
    });
  }
  const built = state && state.tz === timeZone ? state.built : null;
  await db.execute(sql`insert into report_rollup_state (id, time_zone, mark_through, updated_at)
    values (1, ${timeZone}, ${yesterday}::date, now())
    on conflict (id) do update set time_zone = excluded.time_zone, mark_through = excluded.mark_through, updated_at = now()`);

  let first = built ? nextDay(built) : null;
  if (!first) {
    const [earliest] = await rows<{ d: string | null }>(
      db,
      sql`select least((select min(created_at) from service_requests), (select min(started_at) from interactions))
        as d`,
    );
    first = earliest?.d
      ? (DateTime.fromJSDate(new Date(earliest.d), { zone: timeZone }).toISODate() as string)
      : nextDay(yesterday);
  }
  const dirty = await rows<{ kind: RollupKind; day: string; seq: number }>(
    db,
    sql`select kind, day::text as day, seq::float8 as seq from report_dirty_days`,
  );
  const ranges: [string, string][] = [];
  for (let a = first; a <= yesterday; ) {
    const end = DateTime.fromISO(a).plus({ days: 30 }).toISODate() as string;
    const b = earlier(end, yesterday);
    ranges.push([a, b]);
    a = nextDay(b);
  }
  const total = ranges.length + dirty.length;
  let done = 0;
  for (const [a, b] of ranges) {
    await db.transaction(async (tx) => {
      await buildDays(tx, "requests", a, b, timeZone);
      await buildDays(tx, "contacts", a, b, timeZone);
    });
    onProgress?.(++done, total);
  }
  for (const d of dirty) {
    await db.transaction(async (tx) => {
      await buildDays(tx, d.kind, d.day, d.day, timeZone);
      await tx.execute(
        sql`delete from report_dirty_days where kind = ${d.kind} and day = ${d.day}::date and seq = ${d.seq}`,
      );
    });
    onProgress?.(++done, total);
  }
  if (ranges.length > 0) {
    await db.execute(
      sql`update report_rollup_state set built_through = ${yesterday}::date, updated_at = now()`,
    );
  }
  return { built: ranges.length, rebuilt: dirty.length };
}
