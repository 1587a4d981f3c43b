import { and, asc, ilike, sql } from "drizzle-orm";
import { addresses, streets } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

export interface AddressMatch {
  kind: "address" | "intersection";
  id: number | null;
  label: string;
  lat: number;
  lng: number;
}

const SUFFIXES: Record<string, string> = {
  st: "street",
  ave: "avenue",
  av: "avenue",
  rd: "road",
  ln: "lane",
  ct: "court",
  pl: "place",
  ter: "terrace",
  dr: "drive",
};

/** "12 elm st" → number "12" and street words ["elm", "street"], with common abbreviations spelt out. */
function parse(text: string): { number: string | null; street: string } {
  const m = /^\s*(\d+[a-z]?)\s+(.*)$/i.exec(text);
  const rest = (m ? m[2]! : text).toLowerCase().replace(/[.,]/g, " ").trim();
  const street = rest
    .split(/\s+/)
    .map((w) => SUFFIXES[w] ?? w)
    .join(" ");
  return { number: m ? m[1]!.toUpperCase() : null, street };
}

const like = (s: string) => `${s.replace(/[\\%_]/g, "\\$&")}%`;

/** Where two polylines cross, or null. Coordinates are [lng, lat]; the town is small enough to treat them as flat. */
export function crossing(a: [number, number][], b: [number, number][]): [number, number] | null {
  for (let i = 1; i < a.length; i++) {
    for (let j = 1; j < b.length; j++) {
      const [p, p2, q, q2] = [a[i - 1]!, a[i]!, b[j - 1]!, b[j]!];
      const r = [p2[0] - p[0], p2[1] - p[1]];
      const s = [q2[0] - q[0], q2[1] - q[1]];
      const den = r[0]! * s[1]! - r[1]! * s[0]!;
      if (den === 0) continue;
      const t = ((q[0] - p[0]) * s[1]! - (q[1] - p[1]) * s[0]!) / den;
      const u = ((q[0] - p[0]) * r[1]! - (q[1] - p[1]) * r[0]!) / den;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1) return [p[0] + t * r[0]!, p[1] + t * r[1]!];
    }
  }
  return null;
}

/**
 * Address autocomplete on the master list: "12 Elm St" (house number + street prefix) or a street alone, and
 * intersections written "Main St & Elm St" (or "and", "at", "/"), found where the two centerlines cross.
 */
export async function searchAddresses(db: DbOrTx, text: string, limit = 10): Promise<AddressMatch[]> {
  const pair = text.split(/\s+(?:&|and|at)\s+|\s*\/\s*/i);
  if (pair.length === 2 && pair[0]!.trim() && pair[1]!.trim()) {
    const [a, b] = await Promise.all(
      pair.map((p) =>
        db
          .select({ name: streets.name, line: streets.centerline })
          .from(streets)
          .where(ilike(streets.name, like(parse(p).street)))
          .limit(20),
      ),
    );
    const out: AddressMatch[] = [];
    for (const s1 of a!) {
      for (const s2 of b!) {
        const at = s1.name !== s2.name ? crossing(s1.line, s2.line) : null;
        if (at)
          out.push({
            kind: "intersection",
            id: null,
            label: `${s1.name} & ${s2.name}`,
            lng: Number(at[0].toFixed(6)),
            lat: Number(at[1].toFixed(6)),
          });
      }
    }
    return out.slice(0, limit);
  }
  const { number, street } = parse(text);
  if (!street) return [];
  const where = number
    ? and(ilike(addresses.number, like(number)), ilike(addresses.streetName, like(street)))
    : ilike(addresses.streetName, like(street));
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
