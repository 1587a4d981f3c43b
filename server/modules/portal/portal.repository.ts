import { and, count, desc, eq, gte, min, ne, or } from "drizzle-orm";
import { constituents, followers, serviceRequests, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { distanceMetres, withinBox } from "../../platform/geo.js";

/** The `source_system` of requests residents made on the portal; `source_id` holds a keyed hash of their IP. */
export const PORTAL_SOURCE = "portal";

/** How many portal requests came from one (hashed) address since `since`, and when the first of them came. */
export async function portalSubmissionsSince(
  db: DbOrTx,
  sourceId: string,
  since: Date,
): Promise<{ n: number; oldest: Date | null }> {
  const [row] = await db
    .select({ n: count(), oldest: min(serviceRequests.createdAt) })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.sourceSystem, PORTAL_SOURCE),
        eq(serviceRequests.sourceId, sourceId),
        gte(serviceRequests.createdAt, since),
      ),
    );
  return { n: row?.n ?? 0, oldest: row?.oldest ? new Date(row.oldest) : null };
}

/** Whether residents may request this service online (active and offered online). */
export async function requestableOnline(db: DbOrTx, serviceCode: string): Promise<boolean> {
  const [service] = await db
    .select({ id: serviceTypes.id })
    .from(serviceTypes)
    .where(
      and(
        eq(serviceTypes.code, serviceCode),
        eq(serviceTypes.availableOnline, true),
        eq(serviceTypes.active, true),
      ),
    )
    .limit(1);
  return service !== undefined;
}

/**
 * Open requests of a service within its duplicate radius of a point, nearest first, with only what anyone
 * may see: number, status, address, creation time and distance.
 */
export async function nearbyPublicRequests(db: DbOrTx, serviceCode: string, lat: number, lng: number) {
  const [service] = await db
    .select({ id: serviceTypes.id, radius: serviceTypes.duplicateRadiusM })
    .from(serviceTypes)
    .where(and(eq(serviceTypes.code, serviceCode), eq(serviceTypes.availableOnline, true)))
    .limit(1);
  if (!service) return null;
  const distance = distanceMetres(serviceRequests.lat, serviceRequests.lng, lat, lng);
  const rows = await db
    .select({
      number: serviceRequests.number,
      status: serviceRequests.status,
      address: serviceRequests.address,
      createdAt: serviceRequests.createdAt,
      distance,
    })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.serviceTypeId, service.id),
        ne(serviceRequests.status, "closed"),
        withinBox(serviceRequests.lat, serviceRequests.lng, lat, lng, service.radius),
      ),
    )
    .orderBy(distance, desc(serviceRequests.id))
    .limit(15);
  return { radiusM: service.radius, rows: rows.filter((r) => r.distance <= service.radius).slice(0, 5) };
}

/** The request with this tracking number (id only), or null. */
export async function requestIdByNumber(db: DbOrTx, number: string): Promise<number | null> {
  const [row] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(eq(serviceRequests.number, number))
    .limit(1);
  return row?.id ?? null;
}

/** The oldest constituent with this email or phone (digits), or null. */
export async function findConstituentByContact(
  db: DbOrTx,
  email: string | undefined,
  digits: string | null,
): Promise<number | null> {
  const conditions = [
    ...(email ? [eq(constituents.email, email)] : []),
    ...(digits ? [eq(constituents.phoneDigits, digits)] : []),
  ];
  if (conditions.length === 0) return null;
  const [row] = await db
    .select({ id: constituents.id })
    .from(constituents)
    .where(or(...conditions))
    .orderBy(constituents.id)
    .limit(1);
  return row?.id ?? null;
}

/** Adds a follower; false when they already followed the request. */
export async function addFollower(
  db: DbOrTx,
  requestId: number,
  constituentId: number,
  at: Date,
): Promise<boolean> {
  const added = await db
    .insert(followers)
    .values({ requestId, constituentId, createdAt: at })
    .onConflictDoNothing()
    .returning({ requestId: followers.requestId });
  return added.length > 0;
}
