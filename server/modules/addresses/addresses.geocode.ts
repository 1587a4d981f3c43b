import { and, asc, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { addresses, streets } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import {
  crossing,
  interpolate,
  type LngLat,
  type Segment,
  type Side,
  sharedNodes,
} from "./addresses.geometry.js";
import { numberKey, parseAddress, streetVariants } from "./addresses.names.js";

/** Where a text was found: a listed address, a number placed along its street's centerline, or a corner. */
export type GeocodeResult =
  | { kind: "address"; id: number; label: string; lat: number; lng: number; segmentId: number | null }
  | {
      kind: "interpolated";
      label: string;
      lat: number;
      lng: number;
      segmentId: number;
      side: Side;
      fraction: number;
    }
  | { kind: "intersection"; label: string; lat: number; lng: number; node: string | null };

/** numberKey in SQL. */
const numberKeySql = sql`substring(${addresses.number} from '^\\d+') || '|' ||
  regexp_replace(upper(coalesce(substring(${addresses.number} from '^\\d+(.*)$'), '')), '[^0-9A-Z/]', '', 'g')`;

/** "A & B", "A and B", "A at B", "A / B" (but not the slash of a half number: "8-1/2 Ash Street Pl"). */
export const INTERSECTION = /\s+(?:&|and|at)\s+|(?<!\d)\s*\/\s*(?!\d)/i;
const round = (n: number) => Number(n.toFixed(7));

function selectSegments(db: DbOrTx, where: SQL | undefined, limit: number): Promise<Segment[]> {
  return db
    .select({
      id: streets.id,
      name: streets.name,
      line: streets.centerline,
      leftFrom: streets.leftFrom,
      leftTo: streets.leftTo,
      rightFrom: streets.rightFrom,
      rightTo: streets.rightTo,
      fromNode: streets.fromNode,
      toNode: streets.toNode,
    })
    .from(streets)
    .where(where)
    .orderBy(asc(streets.name), asc(streets.id))
    .limit(limit);
}

/** The centerline segments of the street named (any way of writing its type), in id order. */
export function segmentsOf(db: DbOrTx, street: string): Promise<Segment[]> {
  return selectSegments(db, inArray(sql`lower(${streets.name})`, streetVariants(street)), 10_000);
}

const like = (s: string) => `${s.replace(/[\\%_]/g, "\\$&")}%`;

/** The segments of streets whose names start with the text (as autocomplete reads what is typed so far). */
export function segmentsLike(db: DbOrTx, street: string): Promise<Segment[]> {
  if (!street) return Promise.resolve([]);
  return selectSegments(db, or(...streetVariants(street).map((v) => ilike(streets.name, like(v)))), 2_000);
}

/** Segments grouped by street name, in the order they came. */
export function byName(segments: Segment[]): Map<string, Segment[]> {
  const out = new Map<string, Segment[]>();
  for (const s of segments) {
    const list = out.get(s.name);
    if (list) list.push(s);
    else out.set(s.name, [s]);
  }
  return out;
}

/**
 * Where two streets meet: the nodes that segments of both end at (centerlines split at every corner), or, for
 * streets drawn as whole lines without nodes, where the lines cross.
 */
export function meetingPoints(a: Segment[], b: Segment[]): { node: string | null; at: LngLat }[] {
  const shared = sharedNodes(a, b);
  if (shared.length > 0) return shared;
  for (const s of a)
    for (const t of b) {
      const at = crossing(s.line, t.line);
      if (at) return [{ node: null, at }];
    }
  return [];
}

/** Where a house number would be on a street: the segment whose range on the number's side holds it. */
export function placeOnStreet(segments: Segment[], house: number) {
  let fallback: { segment: Segment; at: ReturnType<typeof interpolate> & {} } | null = null;
  for (const segment of segments) {
    const at = interpolate(segment, house);
    if (!at) continue;
    const range = at.side === "left" ? segment.leftFrom! : segment.rightFrom!;
    if (Math.abs(range % 2) === house % 2) return { segment, at };
    fallback ??= { segment, at };
  }
  return fallback;
}

/**
 * Geocodes a text: "24-R Antrim St" (a listed address first, else the number placed along the street's
 * centerline by its address ranges), or "Broadway & Hampshire St" (the node the two streets share). Null when
 * nothing matches.
 */
export async function geocode(db: DbOrTx, text: string): Promise<GeocodeResult | null> {
  const pair = text.split(INTERSECTION);
  if (pair.length === 2 && pair[0]!.trim() && pair[1]!.trim()) {
    const [a, b] = await Promise.all(pair.map((p) => segmentsOf(db, parseAddress(p).street)));
    const [first] = meetingPoints(a!, b!);
    if (!first) return null;
    return {
      kind: "intersection",
      label: `${a![0]!.name} & ${b![0]!.name}`,
      lng: round(first.at[0]),
      lat: round(first.at[1]),
      node: first.node,
    };
  }
  const { number, house, street } = parseAddress(text);
  if (number === null || house === null || !street) return null;
  const [listed] = await db
    .select({
      id: addresses.id,
      label: addresses.fullAddress,
      lat: addresses.lat,
      lng: addresses.lng,
      segmentId: addresses.streetId,
    })
    .from(addresses)
    .where(
      and(
        inArray(sql`lower(${addresses.streetName})`, streetVariants(street)),
        sql`${numberKeySql} = ${numberKey(number)}`,
      ),
    )
    .orderBy(sql`${addresses.unit} nulls first`, asc(addresses.id))
    .limit(1);
  if (listed) return { kind: "address", ...listed };
  const placed = placeOnStreet(await segmentsOf(db, street), house);
  if (!placed) return null;
  return {
    kind: "interpolated",
    label: `${number} ${placed.segment.name}`,
    lng: round(placed.at.point[0]),
    lat: round(placed.at.point[1]),
    segmentId: placed.segment.id,
    side: placed.at.side,
    fraction: placed.at.fraction,
  };
}
