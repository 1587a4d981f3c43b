import type { FieldProblem } from "../../platform/http.js";

/** A ring of [lng, lat] positions, first equal to last. */
type Ring = [number, number][];
/** Outer ring first, then holes. */
type Polygon = Ring[];
export type DistrictGeometry =
  | { type: "Polygon"; coordinates: Polygon }
  | { type: "MultiPolygon"; coordinates: Polygon[] };

export const MAX_FEATURES = 500;

/** The polygons of a Polygon or MultiPolygon. */
export function polygonsOf(g: DistrictGeometry): Polygon[] {
  return g.type === "Polygon" ? [g.coordinates] : g.coordinates;
}

/** Ray casting (even–odd) on one ring; points on an edge may fall either way. */
function inRing(lng: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside the geometry: inside some polygon's outer ring and none of its holes. */
export function containsPoint(g: DistrictGeometry, lat: number, lng: number): boolean {
  return polygonsOf(g).some(
    ([outer, ...holes]) => !!outer && inRing(lng, lat, outer) && !holes.some((h) => inRing(lng, lat, h)),
  );
}

/** [west, south, east, north] of the geometry. */
export function bboxOf(g: DistrictGeometry): [number, number, number, number] {
  const box: [number, number, number, number] = [180, 90, -180, -90];
  for (const polygon of polygonsOf(g))
    for (const [lng, lat] of polygon[0] ?? []) {
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
    }
  return box;
}

/** Number of positions in all rings (the closing position counted once per ring). */
export function vertexCount(g: DistrictGeometry): number {
  return polygonsOf(g).reduce((n, p) => n + p.reduce((m, r) => m + Math.max(0, r.length - 1), 0), 0);
}

function ringProblem(ring: unknown): string | null {
  if (!Array.isArray(ring)) return "has a ring that is not a list of positions";
  if (ring.length < 4) return "has a ring with fewer than 4 positions (a closed ring needs at least 4)";
  for (const pos of ring) {
    if (
      !Array.isArray(pos) ||
      pos.length < 2 ||
      !pos.every((n) => typeof n === "number" && Number.isFinite(n))
    )
      return "has a position that is not [longitude, latitude]";
    const [lng, lat] = pos as number[];
    if (lng! < -180 || lng! > 180) return `has a longitude ${lng} outside −180…180`;
    if (lat! < -90 || lat! > 90)
      return `has a latitude ${lat} outside −90…90 (is the order [longitude, latitude]?)`;
  }
  const first = ring[0] as number[];
  const last = ring[ring.length - 1] as number[];
  if (first[0] !== last[0] || first[1] !== last[1])
    return "has a ring that is not closed (its last position must equal its first)";
  return null;
}

function polygonProblem(polygon: unknown): string | null {
  if (!Array.isArray(polygon) || polygon.length === 0) return "has a polygon without rings";
  for (const ring of polygon) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** Only [lng, lat] of each position, so stored shapes hold no altitude or extra members. */
function clean(polygon: unknown[][]): Polygon {
  return polygon.map((ring) => ring.map((p) => [(p as number[])[0]!, (p as number[])[1]!]));
}

export interface ParsedDistrict {
  index: number;
  code: string;
  name: string;
  geometry: DistrictGeometry;
}

function text(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/**
 * Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon features into districts. Each feature's code
 * comes from `codeProperty` (or, lacking it, `nameProperty`) and its name from `nameProperty` (or the code).
 * Problems name the feature's index so the admin can find it in the file.
 */
export function parseDistricts(
  geojson: unknown,
  codeProperty: string,
  nameProperty: string,
): { districts: ParsedDistrict[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fc = geojson as { type?: unknown; features?: unknown };
  if (!fc || typeof fc !== "object" || fc.type !== "FeatureCollection" || !Array.isArray(fc.features))
    return {
      districts: [],
      problems: [{ field: "geojson", message: "must be a GeoJSON FeatureCollection" }],
    };
  if (fc.features.length === 0)
    return { districts: [], problems: [{ field: "geojson", message: "has no features" }] };
  if (fc.features.length > MAX_FEATURES)
    return {
      districts: [],
      problems: [
        {
          field: "geojson",
          message: `has ${fc.features.length} features; at most ${MAX_FEATURES} are allowed`,
        },
      ],
    };
  const districts: ParsedDistrict[] = [];
  const seen = new Map<string, number>();
  fc.features.forEach((feature: unknown, index: number) => {
    const field = `geojson.features[${index}]`;
    const f = feature as {
      type?: unknown;
      geometry?: { type?: unknown; coordinates?: unknown };
      properties?: unknown;
    };
    if (!f || typeof f !== "object" || f.type !== "Feature") {
      problems.push({ field, message: "is not a GeoJSON Feature" });
      return;
    }
    const props = (f.properties && typeof f.properties === "object" ? f.properties : {}) as Record<
      string,
      unknown
    >;
    const code = text(props[codeProperty]) ?? text(props[nameProperty]);
    if (!code) {
      problems.push({ field, message: `has no "${codeProperty}" or "${nameProperty}" property to name it` });
      return;
    }
    if (code.length > 200) problems.push({ field, message: "has a code longer than 200 characters" });
    const earlier = seen.get(code);
    if (earlier !== undefined)
      problems.push({ field, message: `repeats the code "${code}" of feature ${earlier}` });
    seen.set(code, index);
    const g = f.geometry;
    const type = g?.type;
    let problem: string | null = null;
    if (type === "Polygon") problem = polygonProblem(g!.coordinates);
    else if (type === "MultiPolygon") {
      const list = g!.coordinates;
      problem = Array.isArray(list) && list.length ? null : "has a MultiPolygon without polygons";
      for (const p of Array.isArray(list) ? list : []) problem ??= polygonProblem(p);
    } else problem = `has geometry ${String(type ?? "none")}; only Polygon and MultiPolygon are districts`;
    if (problem) {
      problems.push({ field, message: `("${code}") ${problem}` });
      return;
    }
    const geometry: DistrictGeometry =
      type === "Polygon"
        ? { type, coordinates: clean(g!.coordinates as unknown[][]) }
        : { type: "MultiPolygon", coordinates: (g!.coordinates as unknown[][][]).map(clean) };
    districts.push({ index, code, name: text(props[nameProperty]) ?? code, geometry });
  });
  return { districts, problems };
}
