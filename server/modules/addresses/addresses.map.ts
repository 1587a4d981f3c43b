import { createHash } from "node:crypto";
import { asc } from "drizzle-orm";
import type { StreetMap } from "../../../common/contracts/map.js";
import { addresses, streets } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { distanceMetres, withinBox } from "../../platform/geo.js";

/** Six decimals is about 10 cm: more only makes the download bigger. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Every street centerline, with the bounding box of them all. */
export async function streetMap(db: DbOrTx): Promise<StreetMap> {
  const rows = await db
    .select({ id: streets.id, name: streets.name, centerline: streets.centerline })
    .from(streets)
    .orderBy(asc(streets.id));
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const features = rows
    .filter((row) => row.centerline.length >= 2)
    .map((row) => {
      const coordinates = row.centerline.map(([lng, lat]) => {
        west = Math.min(west, lng);
        east = Math.max(east, lng);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
        return [round(lng), round(lat)] as [number, number];
      });
      return {
        type: "Feature" as const,
        id: row.id,
        properties: { name: row.name },
        geometry: { type: "LineString" as const, coordinates },
      };
    });
  return {
    type: "FeatureCollection",
    bbox: features.length > 0 ? [round(west), round(south), round(east), round(north)] : null,
    features,
  };
}

/** A serialised street map and its entity tag, so browsers revalidate instead of downloading again. */
export function serialiseStreetMap(map: StreetMap): { body: string; etag: string } {
  const body = JSON.stringify(map);
  return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
}

/** How far a click on the map may be from an address and still be "at" it. */
export const NEAREST_ADDRESS_MAX_M = 150;

/** The master-list address nearest a point (a pin dropped on the map), or null when none is close. */
export async function nearestAddress(db: DbOrTx, lat: number, lng: number) {
  const distance = distanceMetres(addresses.lat, addresses.lng, lat, lng);
  const [row] = await db
    .select({
      id: addresses.id,
      label: addresses.fullAddress,
      lat: addresses.lat,
      lng: addresses.lng,
      distance,
    })
    .from(addresses)
    .where(withinBox(addresses.lat, addresses.lng, lat, lng, NEAREST_ADDRESS_MAX_M))
    .orderBy(distance, asc(addresses.id))
    .limit(1);
  if (!row || row.distance > NEAREST_ADDRESS_MAX_M) return null;
  return { ...row, distance: Math.round(row.distance) };
}
