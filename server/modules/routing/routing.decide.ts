import { and, desc, eq, gte, isNull, lte, or, sql } from "drizzle-orm";
import type { DistrictSource } from "../../../common/contracts/routing.js";
import { departments, districts, routingRules } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { containsPoint, type DistrictGeometry } from "./routing.geometry.js";

/**
 * The one notion of district: the code of the active district polygon containing the point (bounding
 * boxes first in SQL, then ray casting here); with no such polygon, the ward of the request's address.
 */
export async function decideDistrict(
  tx: DbOrTx,
  lat: number | null,
  lng: number | null,
  addressWard: string | null,
): Promise<{ district: string | null; source: DistrictSource }> {
  if (lat !== null && lng !== null) {
    const candidates = await tx
      .select({ code: districts.code, geometry: districts.geometry })
      .from(districts)
      .where(
        and(
          eq(districts.active, true),
          lte(districts.minLat, lat),
          gte(districts.maxLat, lat),
          lte(districts.minLng, lng),
          gte(districts.maxLng, lng),
        ),
      )
      .orderBy(districts.code);
    const hit = candidates.find((c) => containsPoint(c.geometry as DistrictGeometry, lat, lng));
    if (hit) return { district: hit.code, source: "polygon" };
  }
  return addressWard ? { district: addressWard, source: "address" } : { district: null, source: "none" };
}

/**
 * The routing rule that decides a new request's department: of the rules of its service type whose
 * district and priority are either unset or equal to the request's, the most specific (service + district +
 * priority, then service + district, then service + priority, then service alone), lowest `position` first.
 */
export async function routeByRule(
  tx: DbOrTx,
  serviceTypeId: number,
  district: string | null,
  priority: string,
): Promise<{ id: number; departmentId: number; departmentCode: string } | null> {
  const [rule] = await tx
    .select({
      id: routingRules.id,
      departmentId: routingRules.departmentId,
      departmentCode: departments.code,
    })
    .from(routingRules)
    .innerJoin(departments, eq(departments.id, routingRules.departmentId))
    .where(
      and(
        eq(routingRules.serviceTypeId, serviceTypeId),
        // A rule naming a department retired since is skipped: the next rule, or the service's own, applies.
        eq(departments.active, true),
        district === null
          ? isNull(routingRules.district)
          : or(isNull(routingRules.district), eq(routingRules.district, district)),
        or(isNull(routingRules.priority), eq(routingRules.priority, priority)),
      ),
    )
    .orderBy(
      desc(sql`${routingRules.district} is not null`),
      desc(sql`${routingRules.priority} is not null`),
      routingRules.position,
      routingRules.id,
    )
    .limit(1);
  return rule ?? null;
}

/** What creating a request decides: its district (and where it came from) and the routing rule, if any. */
export interface RoutingDecision {
  district: string | null;
  districtSource: DistrictSource;
  rule: { id: number; departmentId: number; departmentCode: string } | null;
}

/** Decides a new request's district and routing rule; request creation and the admin tester share it. */
export async function decideRouting(
  tx: DbOrTx,
  input: {
    serviceTypeId: number;
    lat: number | null;
    lng: number | null;
    addressWard: string | null;
    priority: string;
  },
): Promise<RoutingDecision> {
  const { district, source } = await decideDistrict(tx, input.lat, input.lng, input.addressWard);
  const rule = await routeByRule(tx, input.serviceTypeId, district, input.priority);
  return { district, districtSource: source, rule };
}
