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
import type { CloseReason, RequestStatus } from "../../../common/statuses.js";
import {
  constituents,
  departments,
  followers,
  requestEvents,
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
  assignee?: number | "unassigned";
  overdue?: boolean;
  q?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

function encodeCursor(row: { createdAt: Date; id: number }): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: number } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, number];
    const createdAt = new Date(at);
    if (Number.isNaN(createdAt.getTime()) || !Number.isInteger(id)) throw new Error("bad cursor");
    return { createdAt, id };
  } catch {
    throw new AppError("validation_failed", "cursor is not valid", [
      { field: "cursor", message: "is not valid" },
    ]);
  }
}

/** Local-day boundaries in the city's zone, as SQL. A date-time with offset is used as given. */
function boundary(value: string, timeZone: string, endOfDay: boolean): SQL {
  if (value.length > 10) return sql`${new Date(value).toISOString()}::timestamptz`;
  return endOfDay
    ? sql`((${value}::date + 1)::timestamp at time zone ${timeZone})`
    : sql`(${value}::date::timestamp at time zone ${timeZone})`;
}

/** A page of requests, newest first, limited to `scope` departments in SQL. */
export async function listRequests(
  db: DbOrTx,
  f: ListFilters,
  scope: readonly number[] | null,
  now: Date,
  timeZone: string,
): Promise<{ rows: SummaryRow[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [];
  if (scope) where.push(inArray(serviceRequests.departmentId, scope.length ? [...scope] : [-1]));
  if (f.statuses?.length) where.push(inArray(serviceRequests.status, f.statuses));
  if (f.serviceCodes?.length) where.push(inArray(serviceTypes.code, f.serviceCodes));
  if (f.departmentCodes?.length) where.push(inArray(departments.code, f.departmentCodes));
  if (f.assignee === "unassigned") where.push(isNull(serviceRequests.assigneeUserId));
  else if (typeof f.assignee === "number") where.push(eq(serviceRequests.assigneeUserId, f.assignee));
  const overdue = and(
    ne(serviceRequests.status, "closed"),
    isNotNull(serviceRequests.dueAt),
    lt(serviceRequests.dueAt, now),
  );
  if (f.overdue === true) where.push(overdue);
  if (f.overdue === false) where.push(sql`not coalesce(${overdue}, false)`);
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
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    where.push(
      sql`(${serviceRequests.createdAt}, ${serviceRequests.id}) < (${c.createdAt.toISOString()}::timestamptz, ${c.id})`,
    );
  }
  const rows = (await db
    .select(summaryColumns)
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
    .leftJoin(users, eq(users.id, serviceRequests.assigneeUserId))
    .where(and(...where))
    .orderBy(sql`${serviceRequests.createdAt} desc`, sql`${serviceRequests.id} desc`)
    .limit(f.limit + 1)) as SummaryRow[];
  const more = rows.length > f.limit;
  const page = more ? rows.slice(0, f.limit) : rows;
  const last = page[page.length - 1];
  return { rows: page, nextCursor: more && last ? encodeCursor(last) : null };
}

export type DetailRow = SummaryRow & {
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
