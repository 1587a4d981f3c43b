import { and, eq, ne, sql } from "drizzle-orm";
import { serviceRequests, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

const METRES_PER_DEGREE = 111_320;

/**
 * Open requests of the same service within that service's duplicate radius of a point, nearest first:
 * the console offers them ("add this caller to it?") before a new request is made.
 */
export async function nearbyOpenRequests(
  db: DbOrTx,
  serviceCode: string,
  lat: number,
  lng: number,
  limit = 5,
) {
  const [service] = await db
    .select({ id: serviceTypes.id, radius: serviceTypes.duplicateRadiusM })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, serviceCode))
    .limit(1);
  if (!service) return null;
  const dLat = service.radius / METRES_PER_DEGREE;
  const dLng = service.radius / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  // Haversine distance in metres; the bounding box lets the query skip everything far away first.
  const distance = sql<number>`(2 * 6371000 * asin(sqrt(
    power(sin(radians(${serviceRequests.lat} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${serviceRequests.lat})) * power(sin(radians(${serviceRequests.lng} - ${lng}) / 2), 2))))`;
  const rows = await db
    .select({
      number: serviceRequests.number,
      status: serviceRequests.status,
      address: serviceRequests.address,
      createdAt: serviceRequests.createdAt,
      description: serviceRequests.description,
      distance,
    })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.serviceTypeId, service.id),
        ne(serviceRequests.status, "closed"),
        sql`${serviceRequests.lat} between ${lat - dLat} and ${lat + dLat}`,
        sql`${serviceRequests.lng} between ${lng - dLng} and ${lng + dLng}`,
      ),
    )
    .orderBy(distance)
    .limit(limit * 3);
  return {
    radiusM: service.radius,
    items: rows
      .filter((r) => r.distance <= service.radius)
      .slice(0, limit)
      .map((r) => ({ ...r, distance: Math.round(r.distance), createdAt: r.createdAt.toISOString() })),
  };
}
