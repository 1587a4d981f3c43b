import {
  aliasedTable,
  and,
  asc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { RequestSort } from "../../../common/contracts/requests.js";
import type { CloseReason, RequestStatus } from "../../../common/statuses.js";
import {
  attachments,
  constituents,
  departments,
  followers,
  requestEvents,
  savedViews,
  serviceRequests,
  serviceTypes,
  users,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";

const parent = aliasedTable(serviceRequests, "parent");

const summaryColumns = {
  id: serviceRequests.id,
  number: serviceRequests.number,
  status: serviceRequests.status,
  closeReason: serviceRequests.closeReason,
  priority: serviceRequests.priority,
  description: serviceRequests.description,
  address: serviceRequests.address,
  channel: serviceRequests.channel,
  departmentId: serviceRequests.departmentId,
  createdAt: serviceRequests.createdAt,
  updatedAt: serviceRequests.updatedAt,
  dueAt: serviceRequests.dueAt,
  closedAt: serviceRequests.closedAt,
  service: { code: serviceTypes.code, name: serviceTypes.name },
  department: { code: departments.code, name: departments.name },
  assigneeId: users.id,
  assigneeName: users.name,
};

export type SummaryRow = {
  id: number;
  number: string;
  status: RequestStatus;
  closeReason: CloseReason | null;
  priority: string;
  description: string | null;
  address: string | null;
  channel: string;
  departmentId: number;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  closedAt: Date | null;
  service: { code: string; name: string };
  department: { code: string; name: string };
  assigneeId: number | null;
  assigneeName: string | null;
};

export interface ListFilters {
  statuses?: RequestStatus[];
  serviceCodes?: string[];
  departmentCodes?: string[];
  districts?: string[];
  assignee?: number | "unassigned";
  overdue?: boolean;
  q?: string;
  from?: string;
  to?: string;
}

export interface PageRequest {
  sort: RequestSort;
  cursor?: string | undefined;
  limit: number;
}

/** Where a page ended, in the terms of its sort: a cursor only continues the order it came from. */
type CursorKey =
  | { sort: "newest" | "oldest"; createdAt: Date; id: number }
  | { sort: "overdue" | "due"; closed: boolean; dueAt: Date | null; id: number };

function encodeCursor(key: CursorKey): string {
  const parts =
    "createdAt" in key
      ? [key.sort, key.createdAt.toISOString(), key.id]
      : [key.sort, key.closed, key.dueAt?.toISOString() ?? null, key.id];
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

function badCursor(): AppError {
  return new AppError("validation_failed", "cursor is not valid", [
    { field: "cursor", message: "is not valid" },
  ]);
}

function decodeCursor(cursor: string, sort: RequestSort): CursorKey {
  let parts: unknown[];
  try {
    parts = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
  } catch {
    throw badCursor();
  }
  const date = (v: unknown) => {
    const d = typeof v === "string" ? new Date(v) : null;
    if (!d || Number.isNaN(d.getTime())) throw badCursor();
    return d;
  };
  const id = parts[parts.length - 1];
  if (!Array.isArray(parts) || parts[0] !== sort || !Number.isInteger(id)) throw badCursor();
  if (sort === "newest" || sort === "oldest") {
    if (parts.length !== 3) throw badCursor();
    return { sort, createdAt: date(parts[1]), id: id as number };
  }
  if (parts.length !== 4 || typeof parts[1] !== "boolean") throw badCursor();
  return { sort, closed: parts[1], dueAt: parts[2] === null ? null : date(parts[2]), id: id as number };
}

/** Local-day boundaries in the city's zone, as SQL. A date-time with offset is used as given. */
function boundary(value: string, timeZone: string, endOfDay: boolean): SQL {
  if (value.length > 10) return sql`${new Date(value).toISOString()}::timestamptz`;
  return endOfDay
    ? sql`((${value}::date + 1)::timestamp at time zone ${timeZone})`
    : sql`(${value}::date::timestamp at time zone ${timeZone})`;
}

function overdueCondition(now: Date): SQL {
  return and(
    ne(serviceRequests.status, "closed"),
    isNotNull(serviceRequests.dueAt),
    lt(serviceRequests.dueAt, now),
  )!;
}

/** The WHERE conditions of a filter, limited to `scope` departments; `withStatus: false` leaves status out. */
function filterConditions(
  f: ListFilters,
  scope: readonly number[] | null,
  now: Date,
  timeZone: string,
  withStatus = true,
): (SQL | undefined)[] {
  const where: (SQL | undefined)[] = [];
  if (scope) where.push(inArray(serviceRequests.departmentId, scope.length ? [...scope] : [-1]));
  if (withStatus && f.statuses?.length) where.push(inArray(serviceRequests.status, f.statuses));
  if (f.serviceCodes?.length) where.push(inArray(serviceTypes.code, f.serviceCodes));
  if (f.departmentCodes?.length) where.push(inArray(departments.code, f.departmentCodes));
  if (f.districts?.length) where.push(inArray(serviceRequests.district, f.districts));
  if (f.assignee === "unassigned") where.push(isNull(serviceRequests.assigneeUserId));
  else if (typeof f.assignee === "number") where.push(eq(serviceRequests.assigneeUserId, f.assignee));
  if (f.overdue === true) where.push(overdueCondition(now));
  if (f.overdue === false) where.push(sql`not coalesce(${overdueCondition(now)}, false)`);
  if (f.q) {
    // Each alternative can use its own index (number, full-text GIN, service type), so PostgreSQL can OR bitmaps.
    const text = sql`to_tsvector('english', coalesce(${serviceRequests.description}, '') || ' ' || coalesce(${serviceRequests.address}, ''))`;
    const pattern = `%${f.q.replace(/[\\%_]/g, "\\$&")}%`;
    where.push(
      or(
        eq(serviceRequests.number, f.q),
        sql`${text} @@ websearch_to_tsquery('english', ${f.q})`,
        sql`${serviceRequests.serviceTypeId} in (select id from ${serviceTypes} where ${serviceTypes.name} ilike ${pattern})`,
      ),
    );
  }
  if (f.from) where.push(gte(serviceRequests.createdAt, boundary(f.from, timeZone, false)));
  if (f.to) where.push(lt(serviceRequests.createdAt, boundary(f.to, timeZone, true)));
  return where;
}

// The due-date orders read the expression indexes of migration 0008: open before closed, no due date last.
const closedKey = sql`(${serviceRequests.status} = 'closed')`;
const dueKey = sql`coalesce(${serviceRequests.dueAt}, 'infinity'::timestamptz)`;

function orderOf(sort: RequestSort): SQL[] {
  switch (sort) {
    case "newest":
      return [sql`${serviceRequests.createdAt} desc`, sql`${serviceRequests.id} desc`];
    case "oldest":
      return [sql`${serviceRequests.createdAt} asc`, sql`${serviceRequests.id} asc`];
    case "due":
      return [sql`${dueKey} asc`, sql`${serviceRequests.id} asc`];
    case "overdue":
      return [sql`${closedKey} asc`, sql`${dueKey} asc`, sql`${serviceRequests.id} asc`];
  }
}

function afterCursor(c: CursorKey): SQL {
  if ("createdAt" in c) {
    const op = c.sort === "newest" ? sql`<` : sql`>`;
    return sql`(${serviceRequests.createdAt}, ${serviceRequests.id}) ${op} (${c.createdAt.toISOString()}::timestamptz, ${c.id})`;
  }
  const due = c.dueAt ? sql`${c.dueAt.toISOString()}::timestamptz` : sql`'infinity'::timestamptz`;
  return c.sort === "due"
    ? sql`(${dueKey}, ${serviceRequests.id}) > (${due}, ${c.id})`
    : sql`(${closedKey}, ${dueKey}, ${serviceRequests.id}) > (${c.closed}, ${due}, ${c.id})`;
}

function cursorOf(sort: RequestSort, row: SummaryRow): CursorKey {
  return sort === "newest" || sort === "oldest"
    ? { sort, createdAt: row.createdAt, id: row.id }
    : { sort, closed: row.status === "closed", dueAt: row.dueAt, id: row.id };
}

/** A page of requests in the chosen order, limited to `scope` departments in SQL. */
export async function listRequests(
  db: DbOrTx,
  f: ListFilters,
  page: PageRequest,
  scope: readonly number[] | null,
  now: Date,
  timeZone: string,
): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
  const where = filterConditions(f, scope, now, timeZone);
  if (page.cursor) where.push(afterCursor(decodeCursor(page.cursor, page.sort)));
  const rows = (await db
    .select(summaryColumns)
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .leftJoin(users, eq(users.id, serviceRequests.assigneeUserId))
    .where(and(...where))
    .orderBy(...orderOf(page.sort))
    .limit(page.limit + 1)) as SummaryRow[];
  const more = rows.length > page.limit;
  const items = more ? rows.slice(0, page.limit) : rows;
  const last = items[items.length - 1];
  return { rows: items, nextCursor: more && last ? encodeCursor(cursorOf(page.sort, last)) : null };
}

/** Counts of a filter: per status without its status filter, and the total and overdue with all of it. */
export async function countRequests(
  db: DbOrTx,
  f: ListFilters,
  scope: readonly number[] | null,
  now: Date,
  timeZone: string,
): Promise<{ byStatus: Map<RequestStatus, number>; total: number; overdue: number }> {
  const rows = await db
    .select({
      status: serviceRequests.status,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`(count(*) filter (where ${overdueCondition(now)}))::int`,
    })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .where(and(...filterConditions(f, scope, now, timeZone, false)))
    .groupBy(serviceRequests.status);
  const byStatus = new Map<RequestStatus, number>();
  let total = 0;
  let overdue = 0;
  for (const row of rows) {
    const status = row.status as RequestStatus;
    byStatus.set(status, row.n);
    if (!f.statuses?.length || f.statuses.includes(status)) {
      total += row.n;
      overdue += row.overdue;
    }
  }
  return { byStatus, total, overdue };
}

export interface MapRow {
  number: string;
  lat: number;
  lng: number;
  status: RequestStatus;
  closeReason: CloseReason | null;
  service: string;
  dueAt: Date | null;
}

/** Up to `limit` located requests of a filter in the list's order, and how many matches have no location. */
export async function mapRequests(
  db: DbOrTx,
  f: ListFilters,
  sort: RequestSort,
  limit: number,
  scope: readonly number[] | null,
  now: Date,
  timeZone: string,
): Promise<{ rows: MapRow[]; truncated: boolean; unlocated: number }> {
  const where = filterConditions(f, scope, now, timeZone);
  const located = and(isNotNull(serviceRequests.lat), isNotNull(serviceRequests.lng));
  const base = () =>
    db
      .select({
        number: serviceRequests.number,
        lat: serviceRequests.lat,
        lng: serviceRequests.lng,
        status: serviceRequests.status,
        closeReason: serviceRequests.closeReason,
        service: serviceTypes.name,
        dueAt: serviceRequests.dueAt,
      })
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .innerJoin(departments, eq(departments.id, serviceRequests.departmentId));
  const [rows, [missing]] = await Promise.all([
    base()
      .where(and(...where, located))
      .orderBy(...orderOf(sort))
      .limit(limit + 1),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
      .where(and(...where, or(isNull(serviceRequests.lat), isNull(serviceRequests.lng)))),
  ]);
  return {
    rows: rows.slice(0, limit) as MapRow[],
    truncated: rows.length > limit,
    unlocated: missing?.n ?? 0,
  };
}

export type DetailRow = SummaryRow & {
  district: string | null;
  lat: number | null;
  lng: number | null;
  answers: Record<string, string | number | string[]>;
  serviceTypeId: number;
  parentNumber: string | null;
  /** Null when the request has no constituent (anonymous). */
  constituent: {
    id: number;
    firstName: string | null;
    lastName: string | null;
    phone: string | null;
    email: string | null;
  } | null;
};

/** One request with everything its detail page needs except the timeline; null when there is none. */
export async function findRequestByNumber(db: DbOrTx, number: string): Promise<DetailRow | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      district: serviceRequests.district,
      lat: serviceRequests.lat,
      lng: serviceRequests.lng,
      answers: serviceRequests.answers,
      serviceTypeId: serviceRequests.serviceTypeId,
      parentNumber: parent.number,
      constituent: {
        id: constituents.id,
        firstName: constituents.firstName,
        lastName: constituents.lastName,
        phone: constituents.phone,
        email: constituents.email,
      },
    })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .leftJoin(users, eq(users.id, serviceRequests.assigneeUserId))
    .leftJoin(parent, eq(parent.id, serviceRequests.parentRequestId))
    .leftJoin(constituents, eq(constituents.id, serviceRequests.constituentId))
    .where(eq(serviceRequests.number, number))
    .limit(1);
  return (row as DetailRow | undefined) ?? null;
}

/** The whole timeline of a request, oldest first. */
export async function eventsOf(db: DbOrTx, requestId: number) {
  return db
    .select({
      id: requestEvents.id,
      type: requestEvents.type,
      at: requestEvents.at,
      actorUserId: requestEvents.actorUserId,
      actorLabel: requestEvents.actorLabel,
      public: requestEvents.public,
      body: requestEvents.body,
      data: requestEvents.data,
    })
    .from(requestEvents)
    .where(eq(requestEvents.requestId, requestId))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
}

/** How many residents follow a request. */
export async function followerCount(db: DbOrTx, requestId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(followers)
    .where(eq(followers.requestId, requestId));
  return row?.n ?? 0;
}

/** The next public tracking number. */
export async function nextRequestNumber(db: DbOrTx): Promise<string> {
  const result = (await db.execute(sql`select nextval('request_number_seq')::text as n`)) as unknown as {
    rows: { n: string }[];
  };
  return result.rows[0]!.n;
}

/** A request's photos and files, oldest first: stored uploads by key, the others by the URL a client gave. */
export async function attachmentsOf(db: DbOrTx, requestId: number) {
  return db
    .select({
      storageKey: attachments.storageKey,
      sourceUrl: attachments.sourceUrl,
      filename: attachments.filename,
      contentType: attachments.contentType,
      public: attachments.public,
    })
    .from(attachments)
    .where(eq(attachments.requestId, requestId))
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
}

const viewColumns = {
  id: savedViews.id,
  name: savedViews.name,
  query: savedViews.query,
  createdAt: savedViews.createdAt,
};

/** A user's saved list views, by name. */
export async function listSavedViews(db: DbOrTx, userId: number) {
  return db
    .select(viewColumns)
    .from(savedViews)
    .where(eq(savedViews.userId, userId))
    .orderBy(asc(savedViews.name));
}

/** Saves a view under its name for one user, replacing the query of a view with the same name. */
export async function upsertSavedView(db: DbOrTx, userId: number, name: string, query: string, now: Date) {
  const [row] = await db
    .insert(savedViews)
    .values({ userId, name, query, createdAt: now })
    .onConflictDoUpdate({ target: [savedViews.userId, savedViews.name], set: { query, createdAt: now } })
    .returning(viewColumns);
  return row!;
}

/** Deletes one of a user's views; false when that user has no view with this id. */
export async function deleteSavedView(db: DbOrTx, userId: number, id: number): Promise<boolean> {
  const deleted = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), eq(savedViews.userId, userId)))
    .returning({ id: savedViews.id });
  return deleted.length > 0;
}
