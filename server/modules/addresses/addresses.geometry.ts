/** Coordinates are [lng, lat]. A city is small enough to treat as flat, in metres east and north of a point. */
export type LngLat = [number, number];

const METRES_PER_DEGREE = 111_320;

/** How far from the centerline an interpolated address is placed, on its side of the street. */
export const SIDE_OFFSET_M = 8;

/** A centerline segment with the house numbers on each side (null where a side has none). */
export interface Segment {
  id: number;
  name: string;
  line: LngLat[];
  leftFrom: number | null;
  leftTo: number | null;
  rightFrom: number | null;
  rightTo: number | null;
  fromNode: string | null;
  toNode: string | null;
}

export type Side = "left" | "right";

/** Whether a from–to range (either way round) holds a house number. */
export function rangeHolds(from: number | null, to: number | null, n: number): boolean {
  return from !== null && to !== null && n >= Math.min(from, to) && n <= Math.max(from, to);
}

/**
 * The side of a segment whose range holds a house number, preferring the side whose numbers share its parity
 * (odd on one side, even on the other), with that side's range; null when neither side holds it.
 */
export function sideFor(s: Segment, n: number): { side: Side; from: number; to: number } | null {
  const sides = [
    { side: "left" as const, from: s.leftFrom, to: s.leftTo },
    { side: "right" as const, from: s.rightFrom, to: s.rightTo },
  ].filter((x) => rangeHolds(x.from, x.to, n)) as { side: Side; from: number; to: number }[];
  return sides.find((x) => Math.abs(x.from % 2) === Math.abs(n % 2)) ?? sides[0] ?? null;
}

/** How far along its side's range a number lies, 0 at the range's first number, 1 at its last. */
export function fractionOf(from: number, to: number, n: number): number {
  return from === to ? 0.5 : (n - from) / (to - from);
}

const toXY = (p: LngLat, cosLat: number): [number, number] => [
  p[0] * METRES_PER_DEGREE * cosLat,
  p[1] * METRES_PER_DEGREE,
];

/** The point `fraction` of the way along a line, moved `offsetM` metres to its left or right. */
export function pointAlong(line: LngLat[], fraction: number, side: Side, offsetM = SIDE_OFFSET_M): LngLat {
  const cosLat = Math.cos((line[0]![1] * Math.PI) / 180);
  const xy = line.map((p) => toXY(p, cosLat));
  const lengths = xy.slice(1).map((p, i) => Math.hypot(p[0] - xy[i]![0], p[1] - xy[i]![1]));
  const total = lengths.reduce((a, b) => a + b, 0);
  let left = Math.min(1, Math.max(0, fraction)) * total;
  let i = 0;
  while (i < lengths.length - 1 && left > lengths[i]!) left -= lengths[i++]!;
  const [a, b] = [xy[i]!, xy[i + 1]!];
  const len = lengths[i]! || 1;
  const [dx, dy] = [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  const sign = side === "left" ? 1 : -1;
  const x = a[0] + dx * left - sign * dy * offsetM;
  const y = a[1] + dy * left + sign * dx * offsetM;
  return [x / (METRES_PER_DEGREE * cosLat), y / METRES_PER_DEGREE];
}

/** Which side of a line a point is on: the side of the piece of the line nearest to it. */
export function sideOf(line: LngLat[], point: LngLat): Side {
  const cosLat = Math.cos((line[0]![1] * Math.PI) / 180);
  const [px, py] = toXY(point, cosLat);
  let best = { d: Infinity, cross: 0 };
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [toXY(line[i - 1]!, cosLat), toXY(line[i]!, cosLat)];
    const [vx, vy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((px - a[0]) * vx + (py - a[1]) * vy) / (vx * vx + vy * vy || 1)));
    const d = Math.hypot(px - a[0] - t * vx, py - a[1] - t * vy);
    if (d < best.d) best = { d, cross: vx * (py - a[1]) - vy * (px - a[0]) };
  }
  return best.cross > 0 ? "left" : "right";
}

/** Distance in metres from a point to a line. */
export function distanceToLine(line: LngLat[], point: LngLat): number {
  const cosLat = Math.cos((line[0]![1] * Math.PI) / 180);
  const [px, py] = toXY(point, cosLat);
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [toXY(line[i - 1]!, cosLat), toXY(line[i]!, cosLat)];
    const [vx, vy] = [b[0] - a[0], b[1] - a[1]];
    const t = Math.max(0, Math.min(1, ((px - a[0]) * vx + (py - a[1]) * vy) / (vx * vx + vy * vy || 1)));
    best = Math.min(best, Math.hypot(px - a[0] - t * vx, py - a[1] - t * vy));
  }
  return best;
}

/** Where a house number lies on a segment (on its side of the street), or null when no range holds it. */
export function interpolate(s: Segment, n: number): { point: LngLat; side: Side; fraction: number } | null {
  const found = sideFor(s, n);
  if (!found || s.line.length < 2) return null;
  const fraction = fractionOf(found.from, found.to, n);
  return { point: pointAlong(s.line, fraction, found.side), side: found.side, fraction };
}

const nodeKey = (node: string | null, p: LngLat) => node ?? `${p[0].toFixed(7)},${p[1].toFixed(7)}`;

/** The ends of a segment: its node ids (or, without them, its end coordinates) and where they are. */
export function endsOf(s: Segment): { node: string; at: LngLat }[] {
  return [
    { node: nodeKey(s.fromNode, s.line[0]!), at: s.line[0]! },
    { node: nodeKey(s.toNode, s.line[s.line.length - 1]!), at: s.line[s.line.length - 1]! },
  ];
}

/** The nodes that a segment of one street and a segment of the other both end at, in node order. */
export function sharedNodes(a: Segment[], b: Segment[]): { node: string; at: LngLat }[] {
  const ofA = new Map(a.flatMap(endsOf).map((e) => [e.node, e.at]));
  const out = new Map<string, LngLat>();
  for (const e of b.flatMap(endsOf)) if (ofA.has(e.node)) out.set(e.node, ofA.get(e.node)!);
  return [...out].sort(([x], [y]) => x.localeCompare(y)).map(([node, at]) => ({ node, at }));
}

/** Whether a point lies inside a polygon ring (ray casting). */
export function inRing(ring: LngLat[], [x, y]: LngLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Where two polylines cross, or null. Coordinates are [lng, lat]; the town is small enough to treat them as flat. */
export function crossing(a: LngLat[], b: LngLat[]): LngLat | null {
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
