/**
 * The mapping file: which of our service types and departments each source service and department becomes.
 * A first dry run writes one with a guess for every source service seen, for the city to edit:
 *
 * ```json
 * {
 *   "services": { "4f389210e75084437f0001e5": { "name": "Illegal Parking", "rows": 131366,
 *                 "serviceType": "parking", "note": "guessed by name: Illegal parking" } },
 *   "departments": { "PWDx": "dpw" }
 * }
 * ```
 *
 * `serviceType: null` (or a source service missing from the file) means: create it under the "Imported"
 * group. A source department missing from `departments` leaves the service's own department.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "../../platform/errors.js";

export interface ServiceMapping {
  name: string;
  rows?: number;
  /** Our service type's code, or null to create the source service under "Imported". */
  serviceType: string | null;
  note?: string;
}

export interface Mapping {
  services: Record<string, ServiceMapping>;
  departments: Record<string, string>;
}

/** A catalog entry the guesser compares source services with. */
export interface CatalogEntry {
  code: string;
  name: string;
  keywords: string[];
}

/** Where the mapping file is: --mapping, else import-mapping.json beside the first input. */
export function mappingPath(option: string | undefined, firstInput: string): string {
  return option ?? path.join(path.dirname(path.resolve(firstInput)), "import-mapping.json");
}

/** Reads a mapping file, or null when there is none; a malformed one is an error naming the file. */
export function readMapping(file: string): Mapping | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new AppError(
      "bad_request",
      `The mapping file ${file} is not valid JSON: ${(err as Error).message}`,
    );
  }
  const m = parsed as Partial<Mapping> | null;
  const services = m?.services ?? {};
  const departments = m?.departments ?? {};
  if (typeof services !== "object" || typeof departments !== "object")
    throw new AppError("bad_request", `The mapping file ${file} needs "services" and "departments" objects.`);
  for (const [code, s] of Object.entries(services)) {
    if (!s || typeof s !== "object" || (s.serviceType !== null && typeof s.serviceType !== "string"))
      throw new AppError(
        "bad_request",
        `In ${file}, services["${code}"].serviceType must be a service type code or null.`,
      );
  }
  return { services, departments } as Mapping;
}

/** Writes the mapping file for the city to edit. */
export function writeMapping(file: string, mapping: Mapping): void {
  writeFileSync(file, `${JSON.stringify(mapping, null, 2)}\n`);
}

const STOP = new Set(["a", "an", "and", "of", "on", "or", "the", "in", "for", "to", "request", "requests"]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(ies|es|s)$/, (s) => (s === "ies" ? "y" : "")));
}

/**
 * Our service type that a source service's name most likely is: the same name, else the one whose name and
 * keywords share the most words with it (at least half of the source name's words); null when none does.
 */
export function guessServiceType(
  sourceName: string,
  catalog: readonly CatalogEntry[],
): { code: string; note: string } | null {
  const wanted = sourceName.trim().toLowerCase();
  const exact = catalog.find((c) => c.name.trim().toLowerCase() === wanted);
  if (exact) return { code: exact.code, note: `guessed by name: ${exact.name}` };
  const source = new Set(words(sourceName));
  if (source.size === 0) return null;
  let best: { entry: CatalogEntry; score: number } | null = null;
  for (const entry of catalog) {
    const theirs = new Set([...words(entry.name), ...entry.keywords.flatMap(words)]);
    let shared = 0;
    for (const w of source) if (theirs.has(w)) shared++;
    const score = shared / source.size;
    if (score >= 0.5 && (!best || score > best.score)) best = { entry, score };
  }
  return best ? { code: best.entry.code, note: `guessed by keywords: ${best.entry.name}` } : null;
}

/** The mapping a dry run writes: every source service seen, with its guess, and every source department. */
export function draftMapping(
  seen: ReadonlyMap<string, { name: string; rows: number }>,
  departments: ReadonlySet<string>,
  catalog: readonly CatalogEntry[],
  existing: Mapping | null,
): Mapping {
  const services: Record<string, ServiceMapping> = {};
  for (const [code, s] of [...seen].sort((a, b) => b[1].rows - a[1].rows)) {
    const kept = existing?.services[code];
    if (kept) {
      services[code] = { ...kept, rows: s.rows };
      continue;
    }
    const guess = guessServiceType(s.name, catalog);
    services[code] = {
      name: s.name,
      rows: s.rows,
      serviceType: guess?.code ?? null,
      note: guess?.note ?? 'no match: created under the "Imported" group',
    };
  }
  const deps: Record<string, string> = { ...(existing?.departments ?? {}) };
  for (const d of [...departments].sort()) deps[d] ??= "imported";
  return { services, departments: deps };
}
