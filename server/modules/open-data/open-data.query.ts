import { and, asc, count, eq, gt, lte, max, type SQL, sql } from "drizzle-orm";
import { departments, serviceRequests, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

/** Rows per query: large enough that a million rows take 500 round trips, small enough for flat memory. */
export const EXPORT_PAGE_SIZE = 2_000;

/**
 * The columns an export reads. Nothing here identifies anyone: no constituent, assignee, answers, notes or
 * source ids are selected, so no later change to the writers can leak them.
 */
export interface OpenDataRow {
  id: number;
  number: string;
  status: string;
  closeReason: string | null;
  serviceCode: string;
  serviceName: string;
  departmentCode: string;
  departmentName: string;
  description: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  district: string | null;
  channel: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  dueAt: Date | null;
  parentNumber: string | null;
  mediaKey: string | null;
  mediaSourceUrl: string | null;
}

/** Which requests to export: created on or after `since` and on or before `until`, local dates in `timeZone`. */
export interface ExportRange {
  since?: string | undefined;
  until?: string | undefined;
  timeZone: string;
  /** The last request id to include, fixed when the export starts so the count and the rows agree. */
  lastId: number;
}

// The first public attachment is the request's media, exactly as Open311 publishes `media_url`.
const firstPublicAttachment = (column: "storage_key" | "source_url") =>
  sql<string | null>`(select a.${sql.raw(column)} from attachments a
    where a.request_id = ${serviceRequests.id} and a.public order by a.id limit 1)`;

const columns = {
  id: serviceRequests.id,
  number: serviceRequests.number,
  status: serviceRequests.status,
  closeReason: serviceRequests.closeReason,
  serviceCode: serviceTypes.code,
  serviceName: serviceTypes.name,
  departmentCode: departments.code,
  departmentName: departments.name,
  description: serviceRequests.description,
  address: serviceRequests.address,
  lat: serviceRequests.lat,
  lng: serviceRequests.lng,
  district: serviceRequests.district,
  channel: serviceRequests.channel,
  createdAt: serviceRequests.createdAt,
  updatedAt: serviceRequests.updatedAt,
  closedAt: serviceRequests.closedAt,
  dueAt: serviceRequests.dueAt,
  parentNumber: sql<
    string | null
  >`(select p.number from service_requests p where p.id = ${serviceRequests.parentRequestId})`,
  mediaKey: firstPublicAttachment("storage_key"),
  mediaSourceUrl: firstPublicAttachment("source_url"),
};

/** The WHERE conditions of a range: local-day boundaries computed in SQL in the city's zone (DST-safe). */
function rangeConditions(r: ExportRange): SQL[] {
  const where: SQL[] = [lte(serviceRequests.id, r.lastId)];
  if (r.since)
    where.push(sql`${serviceRequests.createdAt} >= (${r.since}::date::timestamp at time zone ${r.timeZone})`);
  if (r.until)
    where.push(
      sql`${serviceRequests.createdAt} < ((${r.until}::date + 1)::timestamp at time zone ${r.timeZone})`,
    );
  return where;
}

/** The highest request id now, or 0 when there are none: the end of an export that starts now. */
export async function lastRequestId(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ last: max(serviceRequests.id) }).from(serviceRequests);
  return row?.last ?? 0;
}

/** How many requests a range holds (for a progress bar). */
export async function countInRange(db: DbOrTx, range: ExportRange): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(serviceRequests)
    .where(and(...rangeConditions(range)));
  return Number(row?.n ?? 0);
}

/**
 * The requests of a range, one page at a time in id order. Each page is its own query keyed on the last id
 * seen (never OFFSET), so every page costs the same and memory holds one page. No transaction spans the
 * pages: on the embedded database that would hold its only connection for the whole download.
 */
export async function* requestPages(
  db: DbOrTx,
  range: ExportRange,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<OpenDataRow[]> {
  let after = 0;
  for (;;) {
    const page: OpenDataRow[] = await db
      .select(columns)
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
      .where(and(gt(serviceRequests.id, after), ...rangeConditions(range)))
      .orderBy(asc(serviceRequests.id))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!.id;
  }
}
