import type { Random } from "./random.js";

/** The demo town sits on real coordinates west of Boston; ~250 m blocks. */
export const TOWN = {
  name: "Riverton",
  state: "MA",
  zip: ["01770", "01771", "01772", "01773"],
  lat: 42.4105,
  lng: -71.3235,
};
const BLOCK_LAT = 0.00225; // ≈ 250 m
const BLOCK_LNG = 0.00305; // ≈ 250 m at this latitude
const GRID = 12;
const METRES_PER_DEG_LAT = 111_320;
const METRES_PER_DEG_LNG = 111_320 * Math.cos((TOWN.lat * Math.PI) / 180);

export interface DemoStreet {
  name: string;
  centerline: [number, number][]; // [lng, lat]
  fromNumber: number;
  toNumber: number;
}

export interface DemoAddress {
  streetIndex: number;
  number: string;
  streetName: string;
  fullAddress: string;
  zip: string;
  lat: number;
  lng: number;
  district: string;
}

function lengthOf(line: [number, number][]): number[] {
  const cumulative = [0];
  for (let i = 1; i < line.length; i++) {
    const [x0, y0] = line[i - 1]!;
    const [x1, y1] = line[i]!;
    const d = Math.hypot((x1 - x0) * METRES_PER_DEG_LNG, (y1 - y0) * METRES_PER_DEG_LAT);
    cumulative.push(cumulative[i - 1]! + d);
  }
  return cumulative;
}

/** The point `metres` along a line, pushed `offset` metres to its left (negative: right). */
function pointAlong(
  line: [number, number][],
  cumulative: number[],
  metres: number,
  offset: number,
): [number, number] {
  let i = 1;
  while (i < line.length - 1 && cumulative[i]! < metres) i++;
  const [x0, y0] = line[i - 1]!;
  const [x1, y1] = line[i]!;
  const seg = cumulative[i]! - cumulative[i - 1]! || 1;
  const t = Math.min(1, Math.max(0, (metres - cumulative[i - 1]!) / seg));
  const dx = (x1 - x0) * METRES_PER_DEG_LNG;
  const dy = (y1 - y0) * METRES_PER_DEG_LAT;
  const len = Math.hypot(dx, dy) || 1;
  const px = (-dy / len) * offset;
  const py = (dx / len) * offset;
  return [x0 + (x1 - x0) * t + px / METRES_PER_DEG_LNG, y0 + (y1 - y0) * t + py / METRES_PER_DEG_LAT];
}

function ward(lat: number, lng: number): string {
  const north = lat >= TOWN.lat ? 0 : 1;
  const col = lng < TOWN.lng - BLOCK_LNG * 2 ? 0 : lng < TOWN.lng + BLOCK_LNG * 2 ? 1 : 2;
  return `Ward ${north * 3 + col + 1}`;
}

/** Generates the town's streets (a gently bent grid plus short courts) and its ~5,000 addresses. */
export function generateTown(
  rnd: Random,
  streetNames: readonly string[],
  suffixes: readonly string[],
): { streets: DemoStreet[]; addresses: DemoAddress[] } {
  const names = [...new Set(streetNames)];
  const used = new Set<string>();
  const nameFor = (preferred: string[]) => {
    for (let tries = 0; tries < 1000; tries++) {
      const n = `${rnd.pick(names)} ${rnd.pick(preferred)}`;
      if (!used.has(n)) {
        used.add(n);
        return n;
      }
    }
    throw new Error("ran out of street names");
  };
  const west = TOWN.lng - (GRID / 2) * BLOCK_LNG;
  const south = TOWN.lat - (GRID / 2) * BLOCK_LAT;
  const jitter = () => (rnd.next() - 0.5) * 0.0004;
  const lines: { name: string; line: [number, number][]; spacing: number }[] = [];
  for (let i = 0; i < GRID; i++) {
    const ew: [number, number][] = [];
    const ns: [number, number][] = [];
    for (let k = 0; k <= GRID; k++) {
      ew.push([west + k * BLOCK_LNG, south + (i + 0.5) * BLOCK_LAT + jitter()]);
      ns.push([west + (i + 0.5) * BLOCK_LNG + jitter(), south + k * BLOCK_LAT]);
    }
    lines.push({ name: nameFor(["Street", "Avenue"]), line: ew, spacing: 28 });
    lines.push({ name: nameFor(["Road", "Street", "Avenue"]), line: ns, spacing: 28 });
  }
  const shortSuffixes = suffixes.filter((s) => !["Street", "Avenue", "Road"].includes(s));
  for (let c = 0; c < 24; c++) {
    const x = west + rnd.int(0, GRID - 1) * BLOCK_LNG + BLOCK_LNG * 0.5;
    const y = south + rnd.int(1, GRID - 1) * BLOCK_LAT;
    lines.push({
      name: nameFor(shortSuffixes.length ? shortSuffixes : ["Court"]),
      line: [
        [x, y],
        [x + BLOCK_LNG * 0.45, y + jitter()],
      ],
      spacing: 22,
    });
  }

  const streets: DemoStreet[] = [];
  const addresses: DemoAddress[] = [];
  lines.forEach((street, streetIndex) => {
    const cumulative = lengthOf(street.line);
    const total = cumulative[cumulative.length - 1]!;
    const lots = Math.floor((total - 20) / street.spacing);
    for (let k = 0; k < lots; k++) {
      const metres = 10 + k * street.spacing + rnd.next() * 6;
      for (const side of [1, -1]) {
        const number = String(2 * k + (side === 1 ? 1 : 2));
        const [lng, lat] = pointAlong(street.line, cumulative, metres, side * 14);
        const zip = TOWN.zip[(lat > TOWN.lat ? 0 : 2) + (lng > TOWN.lng ? 1 : 0)]!;
        addresses.push({
          streetIndex,
          number,
          streetName: street.name,
          fullAddress: `${number} ${street.name}, ${TOWN.name}, ${TOWN.state} ${zip}`,
          zip,
          lat: Number(lat.toFixed(6)),
          lng: Number(lng.toFixed(6)),
          district: ward(lat, lng),
        });
      }
    }
    streets.push({
      name: street.name,
      centerline: street.line.map(([x, y]) => [Number(x.toFixed(6)), Number(y.toFixed(6))]),
      fromNumber: 1,
      toNumber: Math.max(2, lots * 2),
    });
  });
  return { streets, addresses };
}
