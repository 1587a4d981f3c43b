/**
 * The record sets every figure is counted over, as SQL conditions. A dashboard's aggregate and the
 * drill-down list behind it are built from the same condition, so the number on the screen and the rows
 * of its export cannot disagree.
 *
 * Requests are `sr` (service_requests), contacts are `i` (interactions), calls are `c` (calls). Dates are the
 * city's local days.
 */
import { type SQL, sql } from "drizzle-orm";
import { DateTime } from "luxon";
import {
  BACKLOG_AGES,
  FCR_WINDOW_DAYS,
  MAX_REPORT_DAYS,
  type ReportFilters,
  type ReportInterval,
} from "../../../common/contracts/reports.js";
import { isOpenStatus, REQUEST_STATUSES } from "../../../common/statuses.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { answeredWithin, CALL_MEASURES, readPhoneSettings } from "../telephony/index.js";

/** Filters with the default range (the last 30 days ending today) filled in and the span checked. */
export function resolveFilters(
  input: Omit<ReportFilters, "from" | "to" | "interval"> & {
    from?: string | undefined;
    to?: string | undefined;
    interval?: ReportInterval;
  },
  timeZone: string,
  now: Date,
): ReportFilters {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).toISODate() as string;
  const to = input.to ?? today;
  const from = input.from ?? (DateTime.fromISO(to).minus({ days: 29 }).toISODate() as string);
  if (from > to) throw new AppError("bad_request", "The start date must be on or before the end date.");
  const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), "days").days + 1;
  if (days > MAX_REPORT_DAYS) {
    throw new AppError(
      "bad_request",
      `A report covers at most ${MAX_REPORT_DAYS} days; this range has ${days}.`,
    );
  }
  return { ...input, interval: input.interval ?? "day", from, to };
}

/** `[start, end)` of the local days `from`…`to`, as timestamptz SQL. */
function bounds(f: ReportFilters, tz: string): { start: SQL; end: SQL } {
  return {
    start: sql`(${f.from}::date::timestamp at time zone ${tz})`,
    end: sql`((${f.to}::date + 1)::timestamp at time zone ${tz})`,
  };
}

/** A timestamp column within the report's range. */
export function inRange(column: SQL, f: ReportFilters, tz: string): SQL {
  const { start, end } = bounds(f, tz);
  return sql`${column} >= ${start} and ${column} < ${end}`;
}

const UNIT: Record<ReportInterval, string> = { hour: "hour", day: "day", week: "week", month: "month" };
const LABEL: Record<ReportInterval, string> = {
  hour: `YYYY-MM-DD"T"HH24`,
  day: "YYYY-MM-DD",
  week: "YYYY-MM-DD",
  month: "YYYY-MM-DD",
};

/** The start of the local interval a timestamp falls in (a local timestamp; cheap to group by). */
export function truncated(column: SQL, interval: ReportInterval, tz: string): SQL {
  return sql`date_trunc(${UNIT[interval]}, ${column} at time zone ${tz})`;
}

/** The label of a truncated interval, `2026-10-05` (or `2026-10-05T14` by hour): format after grouping. */
export function labelOf(start: SQL, interval: ReportInterval): SQL {
  return sql`to_char(${start}, ${LABEL[interval]})`;
}

/** The local interval a timestamp falls in, labelled (for small sets; group by `truncated` on big ones). */
export function bucketOf(column: SQL, interval: ReportInterval, tz: string): SQL {
  return labelOf(truncated(column, interval, tz), interval);
}

/** A timestamp column within one clicked interval. */
export function inBucket(column: SQL, bucket: string, interval: ReportInterval, tz: string): SQL {
  const start = bucket.length > 10 ? `${bucket.replace("T", " ")}:00` : bucket;
  const step = `1 ${UNIT[interval]}`;
  return sql`${column} >= (${start}::timestamp at time zone ${tz})
    and ${column} < ((${start}::timestamp + ${step}::interval) at time zone ${tz})`;
}

/** The filters that narrow requests by what they are and where (not by date). */
export function requestScope(f: ReportFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.department)
    parts.push(sql`sr.department_id = (select id from departments where code = ${f.department})`);
  if (f.service)
    parts.push(sql`sr.service_type_id = (select id from service_types where code = ${f.service})`);
  if (f.district) parts.push(sql`sr.district = ${f.district}`);
  if (f.channel) parts.push(sql`sr.channel = ${f.channel}`);
  return sql.join(parts, sql` and `);
}

/** The filters that narrow contacts (channel, operator). */
export function contactScope(f: ReportFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.channel) parts.push(sql`i.channel = ${f.channel}`);
  if (f.operator) parts.push(sql`i.operator_user_id = ${f.operator}`);
  return sql.join(parts, sql` and `);
}

const col = {
  created: sql`sr.created_at`,
  closed: sql`sr.closed_at`,
  started: sql`i.started_at`,
};

/** Requests made in the range. */
export const openedIn = (f: ReportFilters, tz: string) => inRange(col.created, f, tz);
/** Requests whose last close falls in the range (and that are still closed). */
export const closedIn = (f: ReportFilters, tz: string) =>
  sql`sr.status = 'closed' and ${inRange(col.closed, f, tz)}`;
/** Closed requests whose time to close counts: duplicates are left out, their work is done on the parent. */
export const TIMED = sql`sr.close_reason is distinct from 'duplicate'`;
export const ON_TIME = sql`sr.due_at is not null and sr.closed_at <= sr.due_at`;
export const LATE = sql`sr.due_at is not null and sr.closed_at > sr.due_at`;
/** Requests reopened at least once (by staff or by the resident). */
export const REOPENED = sql`sr.id in (select request_id from request_events where type = 'reopened')`;
/** Open requests, as a list of statuses so the status index serves it. */
export const OPEN = sql.raw(
  `sr.status in (${REQUEST_STATUSES.filter(isOpenStatus)
    .map((st) => `'${st}'`)
    .join(", ")})`,
);
/** Calendar days from made to (last) closed, fractional. */
// date_part gives double precision; extract() gives numeric, several times slower to sum and sort.
export const DAYS_TO_CLOSE = sql`(date_part('epoch', sr.closed_at - sr.created_at) / 86400.0)`;

/** Open requests of one age band (whole days since made), as of `now`. */
export function ageBand(label: string, now: Date): SQL {
  const band = BACKLOG_AGES.find((a) => a[0] === label);
  if (!band) throw new AppError("bad_request", `Unknown age band "${label}".`);
  const [, from, to] = band;
  const at = now.toISOString();
  const older = sql`sr.created_at <= ${at}::timestamptz - ${`${from} days`}::interval`;
  return to === null
    ? older
    : sql`${older} and sr.created_at > ${at}::timestamptz - ${`${to} days`}::interval`;
}

/** Which age band (index into BACKLOG_AGES) an open request is in as of `now`; the same bounds as ageBand. */
export function ageBandIndex(now: Date): SQL {
  const at = now.toISOString();
  const cases = BACKLOG_AGES.slice(0, -1).map(
    ([, , to], i) => sql`when sr.created_at > ${at}::timestamptz - ${`${to} days`}::interval then ${i}`,
  );
  return sql`(case ${sql.join(cases, sql` `)} else ${BACKLOG_AGES.length - 1} end)::int`;
}

/** Contacts started in the range. */
export const startedIn = (f: ReportFilters, tz: string) => inRange(col.started, f, tz);
export const ABANDONED = sql`'abandoned' = any(i.outcomes)`;
export const TRANSFERRED = sql`'transferred' = any(i.outcomes)`;
export const REFERRED = sql`'referred' = any(i.outcomes)`;
/** Contacts that ended with someone served: the base of handle time and first-contact resolution. */
export const HANDLED = sql`i.ended_at is not null and not ('abandoned' = any(i.outcomes))`;
/**
 * A request made or linked in the contact was reopened within the window after it. Correlated: in a WHERE
 * clause PostgreSQL turns it into a (hash) semi-join; counted per contact it costs two index probes, and
 * the dashboards only count that way for days the rollups do not hold.
 */
const REOPENED_AFTER = sql`exists (
  select 1 from interaction_requests ir
  join request_events e on e.request_id = ir.request_id and e.type = 'reopened'
  where ir.interaction_id = i.id and e.at >= i.started_at
    and e.at < i.started_at + ${`${FCR_WINDOW_DAYS} days`}::interval)`;
/** First-contact resolution: handled, not transferred, nothing reopened within the window. */
export const RESOLVED_FIRST = sql`(${HANDLED} and not (${TRANSFERRED}) and not ${REOPENED_AFTER})`;
export const HANDLE_SECONDS = sql`date_part('epoch', i.ended_at - i.started_at)`;

/**
 * The filters that narrow calls: the operator is the one who answered; every call is on the phone channel,
 * so another channel leaves none. Department, service and district say nothing about a call.
 */
export function callScope(f: ReportFilters): SQL {
  const parts: SQL[] = [sql`true`];
  if (f.channel && f.channel !== "phone") parts.push(sql`false`);
  if (f.operator) parts.push(sql`c.answered_by_user_id = ${f.operator}`);
  return sql.join(parts, sql` and `);
}

/** Calls that arrived in the range (a call counts in the local day and interval it arrived in). */
export const arrivedIn = (f: ReportFilters, tz: string) => inRange(sql`c.arrived_at`, f, tz);
/**
 * The phone line's record sets are the wallboard's (telephony's CALL_MEASURES), so the dashboards and the
 * live wallboard cannot disagree about a day.
 */
export const CALL = CALL_MEASURES;
/** Answered within the city's service-level threshold, as the wallboard counts it. */
export const withinThreshold = answeredWithin;
/** Answered later than the threshold (or with no queue time reported). */
export const overThreshold = (seconds: number) =>
  sql`${CALL.answered} and not coalesce(c.queue_seconds <= ${seconds}, false)`;
/** Seconds from answer to end (or to the transfer, which ends the operator's talk) of an answered call. */
export const TALK_SECONDS = sql`date_part('epoch', coalesce(c.transferred_at, c.ended_at) - c.answered_at)`;
/** What became of a call, for its row in a list: one outcome each, answered first. */
export const CALL_OUTCOME = sql`case when ${CALL.answered} then 'answered' when ${CALL.abandoned} then 'abandoned'
  when ${CALL.callback} then 'callback' when ${CALL.selfServed} then 'self_served' else 'other' end`;

/** The city's service-level threshold in seconds (the phone line's settings; 30 by default). */
export async function serviceLevelSeconds(db: DbOrTx): Promise<number> {
  return (await readPhoneSettings(db)).serviceLevelSeconds;
}

/** A share as a percentage with one decimal, or null when there is nothing to share. */
export function pct(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** A duration rounded to two decimals, or null. */
export function round2(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return Math.round(Number(value) * 100) / 100;
}

/**
 * Rows of a report query. Each runs in its own short transaction so that, on PostgreSQL, it gets room to
 * sort in memory (medians) and no JIT compilation (which costs more than it saves on these scans), without
 * changing the settings of the pool's other work.
 */
export function reportRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local jit = off`);
    return rows<T>(tx, query);
  });
}
