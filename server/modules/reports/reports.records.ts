/**
 * The records behind a figure: the same conditions the dashboards count with, listed a page at a time
 * for the screen and all at once (streamed in pages) for CSV. Staff only; residents' names, phones and
 * emails are not among the columns.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  CALL_MEASURE_KEYS,
  type CallMeasure,
  type CallRecord,
  CONTACT_MEASURES,
  type ContactMeasure,
  type ContactRecord,
  type RecordsPage,
  type ReportFilters,
  type RequestMeasure,
  type RequestRecord,
} from "../../../common/contracts/reports.js";
import { csvLine } from "../../../common/csv.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import {
  ABANDONED,
  ageBand,
  arrivedIn,
  CALL,
  CALL_OUTCOME,
  callScope,
  closedIn,
  contactScope,
  HANDLE_SECONDS,
  HANDLED,
  inBucket,
  inRange,
  LATE,
  ON_TIME,
  OPEN,
  openedIn,
  overThreshold,
  REFERRED,
  REOPENED,
  RESOLVED_FIRST,
  requestScope,
  serviceLevelSeconds,
  startedIn,
  TIMED,
  TRANSFERRED,
  withinThreshold,
} from "./reports.filters.js";

export interface RecordsSlice {
  measure: RequestMeasure | ContactMeasure | CallMeasure;
  bucket?: string | undefined;
  age?: string | undefined;
  destination?: string | undefined;
  article?: number | undefined;
  rating?: number | undefined;
  cell?: string | undefined;
}

const isContactMeasure = (m: string): m is ContactMeasure =>
  (CONTACT_MEASURES as readonly string[]).includes(m);
const isCallMeasure = (m: string): m is CallMeasure => (CALL_MEASURE_KEYS as readonly string[]).includes(m);

/** The condition of a request measure, the column its interval is read from, and the row key. */
function requestCondition(f: ReportFilters, s: RecordsSlice, tz: string, now: Date): SQL {
  const scope = requestScope(f);
  const closed = sql`${closedIn(f, tz)} and ${scope}`;
  const byMeasure: Record<RequestMeasure, SQL> = {
    opened: sql`${openedIn(f, tz)} and ${scope}`,
    reopened: sql`${openedIn(f, tz)} and ${scope} and ${REOPENED}`,
    closed,
    duplicates: sql`${closed} and sr.close_reason = 'duplicate'`,
    timed: sql`${closed} and ${TIMED}`,
    on_time: sql`${closed} and ${TIMED} and ${ON_TIME}`,
    late: sql`${closed} and ${TIMED} and ${LATE}`,
    backlog: sql`${OPEN} and ${scope}`,
    rated: sql`${inRange(sql`s.created_at`, f, tz)} and ${scope}`,
  };
  const parts = [byMeasure[s.measure as RequestMeasure]];
  if (s.bucket) {
    const column = ["opened", "reopened"].includes(s.measure) ? sql`sr.created_at` : sql`sr.closed_at`;
    if (s.measure === "backlog" || s.measure === "rated") {
      throw new AppError("bad_request", `The ${s.measure} list has no intervals.`);
    }
    parts.push(inBucket(column, s.bucket, f.interval, tz));
  }
  if (s.age) parts.push(ageBand(s.age, now));
  if (s.rating && s.measure === "rated") parts.push(sql`s.rating = ${s.rating}`);
  if (s.cell) {
    const [size, row, col] = s.cell.split(":").map(Number) as [number, number, number];
    parts.push(sql`floor(sr.lat / ${size})::int = ${row} and floor(sr.lng / ${size})::int = ${col}`);
  }
  return sql.join(parts, sql` and `);
}

function contactCondition(f: ReportFilters, s: RecordsSlice, tz: string): SQL {
  const base = sql`${startedIn(f, tz)} and ${contactScope(f)}`;
  const byMeasure: Record<ContactMeasure, SQL> = {
    contacts: base,
    handled: sql`${base} and ${HANDLED}`,
    resolved_first: sql`${base} and ${RESOLVED_FIRST}`,
    not_resolved_first: sql`${base} and ${HANDLED} and not ${RESOLVED_FIRST}`,
    transferred: sql`${base} and ${TRANSFERRED}`,
    referred: sql`${base} and ${REFERRED}`,
    abandoned: sql`${base} and ${ABANDONED}`,
    article: sql`${base} and i.id in (select interaction_id from interaction_articles where article_id = ${s.article ?? 0})`,
  };
  const parts = [byMeasure[s.measure as ContactMeasure]];
  if (s.measure === "article" && !s.article) throw new AppError("bad_request", "Say which article.");
  if (s.bucket) parts.push(inBucket(sql`i.started_at`, s.bucket, f.interval, tz));
  if (s.destination && s.measure === "transferred") {
    parts.push(sql`i.transfer_department_id = (select id from departments where code = ${s.destination})`);
  } else if (s.destination && s.measure === "referred") {
    parts.push(sql`i.referral_agency_id = (select id from agencies where code = ${s.destination})`);
  }
  return sql.join(parts, sql` and `);
}

/** The calls behind a phone figure: arrived in the range (and the interval clicked), by the measure's condition. */
function callCondition(f: ReportFilters, s: RecordsSlice, tz: string, threshold: number): SQL {
  const byMeasure: Record<CallMeasure, SQL> = {
    calls: sql`true`,
    calls_queued: CALL.queued,
    calls_answered: CALL.answered,
    calls_within: withinThreshold(threshold),
    calls_over: overThreshold(threshold),
    calls_abandoned: CALL.abandoned,
    calls_callback: CALL.callback,
    calls_self_served: CALL.selfServed,
  };
  const parts = [arrivedIn(f, tz), callScope(f), byMeasure[s.measure as CallMeasure]];
  if (s.bucket) parts.push(inBucket(sql`c.arrived_at`, s.bucket, f.interval, tz));
  return sql.join(parts, sql` and `);
}

const REQUEST_COLUMNS = sql`sr.number, st.name as service, d.name as department, sr.district, sr.channel,
  sr.status, sr.close_reason as "closeReason", sr.created_at as "createdAt", sr.due_at as "dueAt",
  case when sr.status = 'closed' then sr.closed_at end as "closedAt",
  case when sr.status = 'closed' then round((date_part('epoch', sr.closed_at - sr.created_at) / 86400.0)::numeric, 2)::float8 end as "daysToClose",
  case when sr.status = 'closed' and sr.due_at is not null then sr.closed_at <= sr.due_at end as "onTime",
  sr.address`;

/** One page of rows (newest first by key) after `afterKey`. */
async function requestPage(db: DbOrTx, where: SQL, rated: boolean, afterKey: number | null, limit: number) {
  const key = rated ? sql`s.id` : sql`sr.id`;
  const from = rated
    ? sql`survey_responses s join service_requests sr on sr.id = s.request_id`
    : sql`service_requests sr`;
  const list = await rows<RequestRecord & { key: number; createdAt: Date | string }>(
    db,
    sql`select ${key} as key, ${REQUEST_COLUMNS}, ${rated ? sql`s.rating` : sql`null::int`} as rating
    from ${from} join service_types st on st.id = sr.service_type_id join departments d on d.id = sr.department_id
    where ${where} ${afterKey === null ? sql`` : sql`and ${key} < ${afterKey}`}
    order by ${key} desc limit ${limit}`,
  );
  return list.map(({ key, ...r }) => ({ key, record: { ...r, ...isoDates(r) } as RequestRecord }));
}

async function contactPage(db: DbOrTx, where: SQL, afterKey: number | null, limit: number) {
  const list = await rows<ContactRecord & { key: number }>(
    db,
    sql`select i.id as key, i.id, i.started_at as "startedAt", i.ended_at as "endedAt", i.channel,
      u.name as operator, i.outcomes,
      case when ${HANDLED} then ${HANDLE_SECONDS} end as "handleSeconds",
      coalesce(d.name, a.name) as destination, i.wrap_up_code as "wrapUpCode"
    from interactions i left join users u on u.id = i.operator_user_id
    left join departments d on d.id = i.transfer_department_id left join agencies a on a.id = i.referral_agency_id
    where ${where} ${afterKey === null ? sql`` : sql`and i.id < ${afterKey}`}
    order by i.id desc limit ${limit}`,
  );
  return list.map(({ key, ...r }) => ({ key, record: { ...r, ...isoDates(r) } as ContactRecord }));
}

async function callPage(db: DbOrTx, where: SQL, afterKey: number | null, limit: number) {
  const list = await rows<CallRecord & { key: number }>(
    db,
    sql`select c.id as key, c.id, c.arrived_at as "arrivedAt", c.queued_at as "queuedAt",
      c.answered_at as "answeredAt", c.queue_seconds as "queueSeconds", ${CALL_OUTCOME} as outcome,
      u.name as operator, c.interaction_id as "interactionId"
    from calls c left join users u on u.id = c.answered_by_user_id
    where ${where} ${afterKey === null ? sql`` : sql`and c.id < ${afterKey}`}
    order by c.id desc limit ${limit}`,
  );
  return list.map(({ key, ...r }) => ({ key, record: { ...r, ...isoDates(r) } as CallRecord }));
}

function isoDates(r: object): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [k, v] of Object.entries(r)) {
    if (v instanceof Date) out[k] = v.toISOString();
    else if (typeof v === "string" && /At$/.test(k)) out[k] = new Date(v).toISOString();
  }
  return out;
}

type Condition =
  | { kind: "contacts" | "calls"; where: SQL; rated?: undefined }
  | { kind: "requests"; where: SQL; rated: boolean };

/** The record set of a measure and slice; phone measures read the city's service-level threshold. */
async function condition(
  db: DbOrTx,
  f: ReportFilters,
  s: RecordsSlice,
  tz: string,
  now: Date,
): Promise<Condition> {
  if (isCallMeasure(s.measure)) {
    return { kind: "calls", where: callCondition(f, s, tz, await serviceLevelSeconds(db)) };
  }
  if (isContactMeasure(s.measure)) return { kind: "contacts", where: contactCondition(f, s, tz) };
  return { kind: "requests", where: requestCondition(f, s, tz, now), rated: s.measure === "rated" };
}

const FROM: Record<Condition["kind"], SQL> = {
  contacts: sql`interactions i`,
  calls: sql`calls c`,
  requests: sql`service_requests sr`,
};

function page(db: DbOrTx, c: Condition, afterKey: number | null, limit: number) {
  if (c.kind === "contacts") return contactPage(db, c.where, afterKey, limit);
  if (c.kind === "calls") return callPage(db, c.where, afterKey, limit);
  return requestPage(db, c.where, c.rated ?? false, afterKey, limit);
}

async function countWhere(db: DbOrTx, c: Condition): Promise<number> {
  const from = c.rated
    ? sql`survey_responses s join service_requests sr on sr.id = s.request_id`
    : FROM[c.kind];
  const [row] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${from} where ${c.where}`);
  return row?.n ?? 0;
}

/** How many records a measure has: the figure the dashboard shows. */
export async function countRecords(db: DbOrTx, tz: string, f: ReportFilters, s: RecordsSlice, now: Date) {
  return countWhere(db, await condition(db, f, s, tz, now));
}

/** One screenful of the records behind a figure, with their total. */
export async function listRecords(
  db: DbOrTx,
  tz: string,
  f: ReportFilters,
  s: RecordsSlice & { cursor?: string | undefined; limit: number },
  now: Date,
): Promise<RecordsPage> {
  const c = await condition(db, f, s, tz, now);
  const after = s.cursor ? Number(s.cursor) : null;
  if (after !== null && !Number.isInteger(after))
    throw new AppError("bad_request", "That cursor is not valid.");
  const [list, total] = await Promise.all([page(db, c, after, s.limit + 1), countWhere(db, c)]);
  const more = list.length > s.limit;
  const shown = list.slice(0, s.limit);
  return {
    kind: c.kind,
    total,
    items: shown.map((p) => p.record),
    nextCursor: more ? String(shown[shown.length - 1]?.key) : null,
  };
}

export const REQUEST_CSV_HEADERS = [
  "number",
  "service",
  "department",
  "district",
  "channel",
  "status",
  "close_reason",
  "created_at",
  "due_at",
  "closed_at",
  "days_to_close",
  "on_time",
  "address",
  "rating",
];
export const CONTACT_CSV_HEADERS = [
  "id",
  "started_at",
  "ended_at",
  "channel",
  "operator",
  "outcomes",
  "handle_seconds",
  "destination",
  "wrap_up_code",
];
export const CALL_CSV_HEADERS = [
  "id",
  "arrived_at",
  "queued_at",
  "answered_at",
  "queue_seconds",
  "outcome",
  "operator",
  "interaction_id",
];
const HEADERS: Record<Condition["kind"], string[]> = {
  requests: REQUEST_CSV_HEADERS,
  contacts: CONTACT_CSV_HEADERS,
  calls: CALL_CSV_HEADERS,
};

/**
 * Every record behind a figure as CSV, a page at a time so memory stays flat. The slice is checked (and the
 * service-level threshold read) before the generator is handed back, so bad input is a 400, not a broken
 * download.
 */
export async function recordsCsv(
  db: DbOrTx,
  tz: string,
  f: ReportFilters,
  s: RecordsSlice,
  now: Date,
  pageSize = 2000,
): Promise<AsyncGenerator<string>> {
  return csvPages(db, await condition(db, f, s, tz, now), pageSize);
}

function csvRow(r: RequestRecord | ContactRecord | CallRecord, kind: Condition["kind"]): string {
  if (kind === "calls") {
    const c = r as CallRecord;
    return csvLine([
      c.id,
      c.arrivedAt,
      c.queuedAt,
      c.answeredAt,
      c.queueSeconds,
      c.outcome,
      c.operator,
      c.interactionId,
    ]);
  }
  if (kind === "contacts") {
    const c = r as ContactRecord;
    return csvLine([
      c.id,
      c.startedAt,
      c.endedAt,
      c.channel,
      c.operator,
      c.outcomes.join(" "),
      c.handleSeconds,
      c.destination,
      c.wrapUpCode,
    ]);
  }
  const q = r as RequestRecord;
  return csvLine([
    q.number,
    q.service,
    q.department,
    q.district,
    q.channel,
    q.status,
    q.closeReason,
    q.createdAt,
    q.dueAt,
    q.closedAt,
    q.daysToClose,
    q.onTime,
    q.address,
    q.rating,
  ]);
}

async function* csvPages(db: DbOrTx, c: Condition, pageSize: number): AsyncGenerator<string> {
  yield csvLine(HEADERS[c.kind]);
  let after: number | null = null;
  for (;;) {
    const list: { key: number; record: RequestRecord | ContactRecord | CallRecord }[] = await page(
      db,
      c,
      after,
      pageSize,
    );
    if (list.length === 0) return;
    yield list.map(({ record }) => csvRow(record, c.kind)).join("");
    if (list.length < pageSize) return;
    after = list[list.length - 1]?.key ?? null;
  }
}
