import { type AnyColumn, type SQL, sql } from "drizzle-orm";

const METRES_PER_DEGREE = 111_320;

/** Latitude and longitude bounds of a square `radiusM` metres either side of a point: a cheap first filter. */
export function boxAround(lat: number, lng: number, radiusM: number) {
  const dLat = radiusM / METRES_PER_DEGREE;
  const dLng = radiusM / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

/** SQL: the rows whose point lies in the box around (lat, lng). */
export function withinBox(
  latCol: AnyColumn,
  lngCol: AnyColumn,
  lat: number,
  lng: number,
  radiusM: number,
): SQL {
  const box = boxAround(lat, lng, radiusM);
  return sql`${latCol} between ${box.minLat} and ${box.maxLat} and ${lngCol} between ${box.minLng} and ${box.maxLng}`;
}

/** SQL: haversine distance in metres from (lat, lng) to the row's point. */
export function distanceMetres(latCol: AnyColumn, lngCol: AnyColumn, lat: number, lng: number): SQL<number> {
  return sql<number>`(2 * 6371000 * asin(sqrt(
    power(sin(radians(${latCol} - ${lat}) / 2), 2) +
    cos(radians(${lat})) * cos(radians(${latCol})) * power(sin(radians(${lngCol} - ${lng}) / 2), 2))))`;
}
