import { and, asc, ilike, or, sql } from "drizzle-orm";
import { addresses } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { byName, INTERSECTION, meetingPoints, segmentsLike } from "./addresses.geocode.js";
import { parseAddress, streetVariants } from "./addresses.names.js";

export interface AddressMatch {
  kind: "address" | "intersection";
  id: number | null;
  label: string;
  lat: number;
  lng: number;
}

const like = (s: string) => `${s.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * Address autocomplete on the master list: "12 Elm St" (house number + street prefix) or a street alone, and
 * intersections written "Main St & Elm St" (or "and", "at", "/"), found at the node both streets' segments
 * share (or, for streets drawn as whole lines, where the two centerlines cross).
 */
export async function searchAddresses(db: DbOrTx, text: string, limit = 10): Promise<AddressMatch[]> {
  const pair = text.split(INTERSECTION);
  if (pair.length === 2 && pair[0]!.trim() && pair[1]!.trim()) {
    const [a, b] = await Promise.all(pair.map((p) => segmentsLike(db, parseAddress(p).street)));
    const out: AddressMatch[] = [];
    for (const [nameA, segsA] of byName(a!))
      for (const [nameB, segsB] of byName(b!)) {
        const [meet] = nameA !== nameB ? meetingPoints(segsA, segsB) : [];
        if (meet)
          out.push({
            kind: "intersection",
            id: null,
            label: `${nameA} & ${nameB}`,
            lng: Number(meet.at[0].toFixed(6)),
            lat: Number(meet.at[1].toFixed(6)),
          });
        if (out.length >= limit) return out;
      }
    return out;
  }
  const { number, street } = parseAddress(text);
  if (!street) return [];
  const onStreet = or(...streetVariants(street).map((v) => ilike(addresses.streetName, like(v))));
  const where = number ? and(ilike(addresses.number, like(number)), onStreet) : onStreet;
  const rows = await db
    .select({
      id: addresses.id,
      label: addresses.fullAddress,
      lat: addresses.lat,
      lng: addresses.lng,
      number: addresses.number,
    })
    .from(addresses)
    .where(where)
    .orderBy(asc(addresses.streetName), sql`length(${addresses.number})`, asc(addresses.number))
    .limit(limit);
  return rows.map((r) => ({ kind: "address", id: r.id, label: r.label, lat: r.lat, lng: r.lng }));
}
