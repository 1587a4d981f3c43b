/**
 * The real Boston Open311 records (`../shared/data/311/boston_open311_georeport_v2/`, 320,770 GeoReport v2
 * requests, 2008–2020) read into a temporary `boston` table: the pool the big-city generator resamples.
 * Each record keeps its description, address, position, request time and real time to close; its Boston
 * service is mapped to one of the demo city's service types (by name, then by keyword, else round-robin)
 * and its closing note to a close reason.
 */
import { createReadStream, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { createGunzip } from "node:zlib";
import type pg from "pg";

export const BOSTON_SOURCE = "boston-open311-resample";

/** The folder of the Boston NDJSON files, beside the project (never an absolute path: CI clones elsewhere). */
export function bostonFolder(root: string): string {
  return path.resolve(root, "..", "shared", "data", "311", "boston_open311_georeport_v2");
}

export function bostonFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  // The uncompressed sample repeats the first illegal-parking lines: only the full .gz files count.
  return readdirSync(folder)
    .filter((f) => f.endsWith(".ndjson.gz"))
    .sort()
    .map((f) => path.join(folder, f));
}

interface BostonRecord {
  service_request_id: string;
  status: string;
  status_notes?: string;
  service_name: string;
  description?: string;
  requested_datetime: string;
  updated_datetime: string;
  address?: string;
  lat: number;
  long: number;
}

/** Boston's four named services that the demo catalog has under another name. */
const BY_NAME: Record<string, string> = {
  "Illegal Parking": "parking_enforcement",
  "Abandoned Vehicle": "abandoned_vehicle",
  "Sidewalk Not Shoveled": "snow_ice_sidewalk",
  "Unsafe Dangerous Conditions": "unsafe_structure",
};

/** Boston's closing notes ("NOVIO: No Violation Found", "duplicate of …") say why a case closed. */
export function closeReasonOf(notes: string | undefined): string {
  const n = notes ?? "";
  if (/duplicate/i.test(n)) return "duplicate";
  if (
    /novio|no violation|no cause|no action|not found|unable to locate|could not find|gone on arrival/i.test(n)
  )
    return "no_action_needed";
  if (/referred to|forwarded to/i.test(n)) return "referred";
  if (/private property|not a city|state (road|property)/i.test(n)) return "not_city_responsibility";
  return "fixed";
}

interface Service {
  id: number;
  code: string;
  keywords: string[];
}

/** Maps a Boston service name and description to a demo service type id. */
export function serviceMapper(services: Service[]) {
  const byCode = new Map(services.map((s) => [s.code, s.id]));
  const byKeyword = new Map<string, number>();
  for (const s of services)
    for (const k of s.keywords) if (!byKeyword.has(k)) byKeyword.set(k.toLowerCase(), s.id);
  // Longest keywords first, so "street light" wins over "light" where both would match at one place.
  const words = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`\\b(?:${escaped.join("|")})\\b`, "i");
  let next = 0;
  const counts = { byName: 0, byKeyword: 0, roundRobin: 0 };
  const map = (name: string, description: string | undefined): number => {
    const named = BY_NAME[name];
    if (named && byCode.has(named)) {
      counts.byName++;
      return byCode.get(named) as number;
    }
    // Boston's catch-all "Other" says nothing itself (and would match the catalog's "other" keyword).
    const hit = pattern.exec(name === "Other" ? (description ?? "") : `${name} ${description ?? ""}`);
    const id = hit ? byKeyword.get(hit[0].toLowerCase()) : undefined;
    if (id !== undefined) {
      counts.byKeyword++;
      return id;
    }
    counts.roundRobin++;
    return services[next++ % services.length]!.id;
  };
  return { map, counts };
}

/**
 * Reads every Boston record into the temporary table `boston` (i from 0), moved so its middle lies on the
 * demo town, with districts made like the demo's wards (north/south halves, three west-to-east bands).
 */
export async function stageBoston(
  c: pg.Client,
  files: string[],
  services: Service[],
  centre: { lat: number; lng: number },
  onProgress: (done: number) => void,
) {
  await c.query(`create temp table boston (i int primary key, boston_id text, service_type_id int,
    description text, address text, lat float8, lng float8, requested_at timestamptz, close_secs float8,
    close_reason text, district text)`);
  const mapper = serviceMapper(services);
  const cols = {
    id: [] as string[],
    svc: [] as number[],
    desc: [] as (string | null)[],
    addr: [] as (string | null)[],
    lat: [] as number[],
    lng: [] as number[],
    at: [] as string[],
    secs: [] as (number | null)[],
    reason: [] as string[],
  };
  let staged = 0;
  const flush = async () => {
    await c.query(
      `insert into boston (i, boston_id, service_type_id, description, address, lat, lng, requested_at, close_secs, close_reason)
       select $1::int + n - 1, a, b, c, d, e, f, g, h, k from unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::float8[],
         $7::float8[], $8::timestamptz[], $9::float8[], $10::text[]) with ordinality as t(a, b, c, d, e, f, g, h, k, n)`,
      [staged, cols.id, cols.svc, cols.desc, cols.addr, cols.lat, cols.lng, cols.at, cols.secs, cols.reason],
    );
    staged += cols.id.length;
    for (const list of Object.values(cols)) list.length = 0;
    onProgress(staged);
  };
  // PostgreSQL text cannot hold NUL; a few residents' descriptions carry one.
  const clean = (s: string | undefined, max: number) => (s ? s.replaceAll("\0", "").slice(0, max) : null);
  for (const file of files) {
    const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()) });
    for await (const line of lines) {
      if (!line) continue;
      const r = JSON.parse(line) as BostonRecord;
      if (typeof r.lat !== "number" || typeof r.long !== "number") continue;
      const secs = (Date.parse(r.updated_datetime) - Date.parse(r.requested_datetime)) / 1000;
      cols.id.push(r.service_request_id);
      cols.svc.push(mapper.map(r.service_name, r.description));
      cols.desc.push(clean(r.description, 2000));
      cols.addr.push(clean(r.address, 300));
      cols.lat.push(r.lat);
      cols.lng.push(r.long);
      cols.at.push(r.requested_datetime);
      // A closed case's last update is its close; the few updated "before" they were made closed at once.
      cols.secs.push(r.status === "closed" ? Math.max(60, secs) : null);
      cols.reason.push(closeReasonOf(r.status_notes));
      if (cols.id.length === 20_000) await flush();
    }
  }
  if (cols.id.length) await flush();
  await c.query(
    `with m as (select percentile_cont(0.5) within group (order by lat) as lat,
        percentile_cont(0.5) within group (order by lng) as lng,
        percentile_cont(1 / 3.0) within group (order by lng) as w1,
        percentile_cont(2 / 3.0) within group (order by lng) as w2 from boston)
     update boston b set district = 'Ward ' || ((case when b.lat >= m.lat then 0 else 1 end) * 3
         + case when b.lng < m.w1 then 0 when b.lng < m.w2 then 1 else 2 end + 1),
       lat = b.lat - m.lat + $1, lng = b.lng - m.lng + $2
     from m`,
    [centre.lat, centre.lng],
  );
  await c.query("analyze boston");
  return { rows: staged, mapping: mapper.counts };
}
