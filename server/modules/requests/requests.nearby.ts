import { and, eq, ne } from "drizzle-orm";
import { serviceRequests, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { distanceMetres, withinBox } from "../../platform/geo.js";

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
  // The box lets the query skip everything far away before computing distances.
  const distance = distanceMetres(serviceRequests.lat, serviceRequests.lng, lat, lng);
  const rows = await db
    .select({
      number: serviceRequests.number,
      status: serviceRequests.status,
      address: serviceRequests.address,
      createdAt: serviceRequests.createdAt,
      description: serviceRequests.description,
      lat: serviceRequests.lat,
      lng: serviceRequests.lng,
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
