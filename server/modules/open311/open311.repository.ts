import { and, asc, desc, eq, gte, inArray, lt, lte, ne, or, type SQL, sql } from "drizzle-orm";
import {
  addresses,
  departments,
  requestEvents,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

/** Public fields of a request: nothing here may identify the resident who reported it. */
export interface PublicRequestRow {
  id: number;
  number: string;
  status: string;
  closeReason: string | null;
  serviceCode: string;
  serviceName: string;
  description: string | null;
  departmentCode: string;
  departmentName: string;
  createdAt: Date;
  updatedAt: Date;
  dueAt: Date | null;
  address: string | null;
  addressId: number | null;
  zip: string | null;
  lat: number | null;
  lng: number | null;
  channel: string;
  priority: string;
  parentNumber: string | null;
  mediaKey: string | null;
  mediaSourceUrl: string | null;
  statusNotes: string | null;
}

export interface PublicFilters {
  numbers?: string[];
  serviceCodes?: string[];
  open?: boolean;
  requestedFrom?: Date;
  requestedTo?: Date;
  updatedAfter?: Date;
  updatedBefore?: Date;
  bbox?: [number, number, number, number];
  q?: string;
  limit: number;
  offset: number;
}

const STATUS_NOTE_TYPES = ["status_changed", "reopened", "note", "merged"];

const columns = {
  id: serviceRequests.id,
  number: serviceRequests.number,
  status: serviceRequests.status,
  closeReason: serviceRequests.closeReason,
  serviceCode: serviceTypes.code,
  serviceName: serviceTypes.name,
  description: serviceRequests.description,
  departmentCode: departments.code,
  departmentName: departments.name,
  createdAt: serviceRequests.createdAt,
  updatedAt: serviceRequests.updatedAt,
  dueAt: serviceRequests.dueAt,
  address: serviceRequests.address,
  addressId: serviceRequests.addressId,
  zip: addresses.zip,
  lat: serviceRequests.lat,
  lng: serviceRequests.lng,
  channel: serviceRequests.channel,
  priority: serviceRequests.priority,
  parentNumber: sql<
    string | null
  >`(select p.number from service_requests p where p.id = ${serviceRequests.parentRequestId})`,
  mediaKey: sql<
    string | null
  >`(select a.storage_key from attachments a where a.request_id = ${serviceRequests.id} and a.public order by a.id limit 1)`,
  mediaSourceUrl: sql<
    string | null
  >`(select a.source_url from attachments a where a.request_id = ${serviceRequests.id} and a.public order by a.id limit 1)`,
  statusNotes: sql<
    string | null
  >`(select e.body from request_events e where e.request_id = ${serviceRequests.id} and e.public
    and e.body is not null and e.type in (${sql.join(
      STATUS_NOTE_TYPES.map((t) => sql`${t}`),
      sql`, `,
    )}) order by e.at desc, e.id desc limit 1)`,
};

/**
 * Requests for Open311 GET requests, newest first, with only public fields. In two steps: the filter finds
 * the page's ids (a cheap, index-friendly query), then one fixed-shape query fills in those rows, so the
 * per-row subqueries run for the page only, never for every row that matched.
 */
export async function listPublicRequests(db: DbOrTx, f: PublicFilters): Promise<PublicRequestRow[]> {
  // A list of tracking numbers is one prepared query, whatever else was asked.
  if (f.numbers) return publicRequestsByNumbers(db, f.numbers);
  const where: (SQL | undefined)[] = [];
  if (f.serviceCodes?.length) {
    // Resolved to ids first, so the planner sees the real values and walks the per-service index in order.
    const ids = await db
      .select({ id: serviceTypes.id })
      .from(serviceTypes)
      .where(inArray(serviceTypes.code, f.serviceCodes));
    where.push(inArray(serviceRequests.serviceTypeId, ids.length ? ids.map((r) => r.id) : [-1]));
  }
  if (f.open === true) where.push(ne(serviceRequests.status, "closed"));
  if (f.open === false) where.push(eq(serviceRequests.status, "closed"));
  if (f.requestedFrom) where.push(gte(serviceRequests.createdAt, f.requestedFrom));
  if (f.requestedTo) where.push(lte(serviceRequests.createdAt, f.requestedTo));
  if (f.updatedAfter) where.push(gte(serviceRequests.updatedAt, f.updatedAfter));
  if (f.updatedBefore) where.push(lte(serviceRequests.updatedAt, f.updatedBefore));
  if (f.bbox) {
    const [minLng, minLat, maxLng, maxLat] = f.bbox;
    where.push(
      sql`${serviceRequests.lng} between ${minLng} and ${maxLng} and ${serviceRequests.lat} between ${minLat} and ${maxLat}`,
    );
  }
  if (f.q) {
    const text = sql`to_tsvector('english', coalesce(${serviceRequests.description}, '') || ' ' || coalesce(${serviceRequests.address}, ''))`;
    where.push(or(eq(serviceRequests.number, f.q), sql`${text} @@ websearch_to_tsquery('english', ${f.q})`));
  }
  const idQuery = db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(...where))
    .orderBy(desc(serviceRequests.createdAt), desc(serviceRequests.id));
  const ids = (await idQuery.limit(f.limit).offset(f.offset)).map((r) => r.id);
  return publicRequestsByIds(db, ids);
}

type Prepared = { execute(values: Record<string, unknown>): Promise<unknown> };
const prepared = new WeakMap<object, { byIds: Prepared; byNumbers: Prepared }>();

/**
 * The two fixed-shape row queries, prepared once per database handle: on PostgreSQL a named statement is
 * planned once per connection instead of on every call (its subqueries make planning cost more than running).
 */
function rowQueries(db: DbOrTx) {
  let q = prepared.get(db);
  if (!q) {
    const base = () =>
      db
        .select(columns)
        .from(serviceRequests)
        .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
        .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
        .leftJoin(addresses, eq(addresses.id, serviceRequests.addressId));
    const order = [desc(serviceRequests.createdAt), desc(serviceRequests.id)];
    q = {
      byIds: base()
        .where(sql`${serviceRequests.id} = any(${sql.placeholder("ids")}::int[])`)
        .orderBy(...order)
        .prepare("open311_requests_by_ids"),
      byNumbers: base()
        .where(sql`${serviceRequests.number} = any(${sql.placeholder("numbers")}::text[])`)
        .orderBy(...order)
        .prepare("open311_requests_by_numbers"),
    };
    prepared.set(db, q);
  }
  return q;
}

/** The public rows of some requests, newest first. */
export async function publicRequestsByIds(db: DbOrTx, ids: number[]): Promise<PublicRequestRow[]> {
  if (ids.length === 0) return [];
  return (await rowQueries(db).byIds.execute({ ids })) as PublicRequestRow[];
}

/** The public rows of requests by tracking number (any order given), newest first. */
export async function publicRequestsByNumbers(db: DbOrTx, numbers: string[]): Promise<PublicRequestRow[]> {
  if (numbers.length === 0) return [];
  return (await rowQueries(db).byNumbers.execute({ numbers })) as PublicRequestRow[];
}

export interface PublicEventRow {
  id: number;
  requestId: number;
  number: string;
  type: string;
  at: Date;
  body: string | null;
  data: Record<string, unknown>;
  status: string;
  closeReason: string | null;
}

/** Public timeline events (not the creation) of some requests, or of all within a time window, oldest first. */
export async function publicEvents(
  db: DbOrTx,
  f: { requestIds?: number[]; from?: Date; to?: Date; limit?: number },
): Promise<PublicEventRow[]> {
  const where: (SQL | undefined)[] = [eq(requestEvents.public, true)];
  if (f.requestIds) where.push(inArray(requestEvents.requestId, f.requestIds.length ? f.requestIds : [-1]));
  else where.push(ne(requestEvents.type, "created"));
  if (f.from) where.push(gte(requestEvents.at, f.from));
  if (f.to) where.push(lt(requestEvents.at, f.to));
  const query = db
    .select({
      id: requestEvents.id,
      requestId: requestEvents.requestId,
      number: serviceRequests.number,
      type: requestEvents.type,
      at: requestEvents.at,
      body: requestEvents.body,
      data: requestEvents.data,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
    })
    .from(requestEvents)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
    .where(and(...where))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
  return (await (f.limit ? query.limit(f.limit) : query)) as PublicEventRow[];
}

/** The id of a request by its public number, or null. */
export async function requestIdByNumber(db: DbOrTx, number: string): Promise<number | null> {
  const [row] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(eq(serviceRequests.number, number))
    .limit(1);
  return row?.id ?? null;
}

/** An earlier update posted by the same client with the same update_id (idempotent POST), or null. */
export async function findPostedUpdate(
  db: DbOrTx,
  requestId: number,
  apiKeyId: number,
  updateId: string,
): Promise<number | null> {
  const [row] = await db
    .select({ id: requestEvents.id })
    .from(requestEvents)
    .where(
      and(
        eq(requestEvents.requestId, requestId),
        sql`${requestEvents.data}->>'externalUpdateId' = ${updateId}`,
        sql`${requestEvents.data}->>'apiKeyId' = ${String(apiKeyId)}`,
      ),
    )
    .limit(1);
  return row?.id ?? null;
}
