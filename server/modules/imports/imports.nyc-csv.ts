/**
 * NYC 311 service requests as the city's open-data CSV, read as a stream. Two schemas, told apart by the header:
 * the current 41 columns (with BBL and Open Data Channel Type) and the 2013 52 columns (School *, Garage Lot Name,
 * Ferry *, no channel, no resolution text). Columns are read by name, so either works.
 *
 * Conversion:
 * - Created Date, Closed Date, Due Date and Resolution Action Updated Date are New York local times without an
 *   offset (`03/01/2011 02:27:57 PM`; ISO `2022-05-01T00:00:03.000` as in the city's API is read too): read in the
 *   city's zone with its daylight-saving rules, kept as UTC instants. Resolution Action Updated Date → updatedAt.
 * - Status → ours through `NYC_STATUSES`. A closed request without Closed Date takes its Resolution Action Updated
 *   Date; a request that is not closed has no closedAt.
 * - Resolution Description (its "Â " mojibake mended) → statusNotes, and the close reason of a closed request
 *   (`closeReasonFromText`: duplicate, referred, not the agency's jurisdiction, nothing found…; else fixed).
 * - Unique Key → sourceId; Agency (NYPD, DOT…) → department; Complaint Type → service code and name, Descriptor
 *   (but "N/A" or "Unspecified") → description; Open Data Channel Type → channel through `NYC_CHANNELS`.
 * - Address: Incident Address (else "Intersection Street 1 & 2"), City, "NY" and the ZIP.
 * - Rejected: no Unique Key, an unparseable date, an unknown status, a closed request with no date to close it
 *   at, Closed Date before Created Date (the 2011 file has a `01/01/1900` one), coordinates that are not numbers or
 *   lie outside New York City.
 */
import type { CsvParseOptions } from "./imports.boston-csv.js";
import {
  closeReasonFromText,
  type Field,
  localInstant,
  numberOrNull,
  parseCsvFiles,
} from "./imports.csv-read.js";
import type { Parsed, SourceRequest } from "./imports.types.js";

/** NYC's statuses → ours. */
export const NYC_STATUSES: Record<string, SourceRequest["status"]> = {
  Open: "new",
  Unspecified: "new",
  Draft: "new",
  Assigned: "acknowledged",
  "Email Sent": "acknowledged",
  Started: "in_progress",
  "In Progress": "in_progress",
  Pending: "on_hold",
  Closed: "closed",
};

/** Open Data Channel Type → our channel; OTHER and UNKNOWN have none. */
export const NYC_CHANNELS: Record<string, string> = { PHONE: "phone", ONLINE: "web", MOBILE: "app" };

// The five boroughs, generously.
const BOUNDS = { minLat: 40.45, maxLat: 40.95, minLng: -74.3, maxLng: -73.65 };
const DATES = ["Created Date", "Closed Date", "Due Date", "Resolution Action Updated Date"] as const;

/** Mends the "Â " (a UTF-8 no-break space read as Latin-1 and saved again) and collapses spaces. */
function cleanText(text: string): string | null {
  return (
    text
      .replace(/Â\u00a0/g, " ")
      .replace(/\s+/g, " ")
      .trim() || null
  );
}

/** "186 25 STREET, BROOKLYN, NY 11232", from the incident address or the intersection; null when neither. */
function nycAddress(get: Field, f: string[]): string | null {
  const streets = [get(f, "Intersection Street 1"), get(f, "Intersection Street 2")].filter(Boolean);
  const place = get(f, "Incident Address") || (streets.length === 2 ? streets.join(" & ") : "");
  if (!place) return null;
  const zip = /^\d{5}/.exec(get(f, "Incident Zip"))?.[0];
  return [place, get(f, "City"), zip ? `NY ${zip}` : "NY"].filter(Boolean).join(", ").replace(/\s+/g, " ");
}

/** One row converted, or the reason it cannot be used. */
function convert(get: Field, f: string[], sourceSystem: string, zone: string): SourceRequest | string {
  const sourceId = get(f, "Unique Key");
  if (!sourceId) return "no Unique Key";
  const dates: Partial<Record<(typeof DATES)[number], Date | null>> = {};
  for (const name of DATES) {
    const text = get(f, name);
    dates[name] = text ? localInstant(text, zone) : null;
    if (text && !dates[name]) return `${name} "${text}" is not a date`;
  }
  const createdAt = dates["Created Date"];
  if (!createdAt) return "no Created Date";
  const statusText = get(f, "Status");
  const status = NYC_STATUSES[statusText];
  if (!status) return `Status "${statusText}" is not one we know`;
  const updatedAt = dates["Resolution Action Updated Date"] ?? null;
  const closedDate = dates["Closed Date"] ?? null;
  if (closedDate && closedDate < createdAt) return "Closed Date before Created Date";
  const closedAt = status === "closed" ? (closedDate ?? updatedAt) : null;
  if (status === "closed" && !closedAt) return "closed without Closed Date or Resolution Action Updated Date";
  if (closedAt && closedAt < createdAt) return "closed before Created Date";

  const lat = numberOrNull(get(f, "Latitude"));
  const lng = numberOrNull(get(f, "Longitude"));
  if ((lat === null) !== (lng === null)) return "only one of Latitude and Longitude";
  if (lat !== null && lng !== null) {
    if (lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lng < BOUNDS.minLng || lng > BOUNDS.maxLng) {
      return "coordinates outside New York City";
    }
  }
  const notes = cleanText(get(f, "Resolution Description"));
  const complaint = get(f, "Complaint Type");
  return {
    sourceId,
    sourceSystem,
    serviceCode: complaint,
    serviceName: complaint,
    department: get(f, "Agency") || null,
    status,
    closeReason: status === "closed" ? (closeReasonFromText(notes) ?? "fixed") : null,
    description: /^(N\/A|Unspecified)$/i.test(get(f, "Descriptor")) ? null : cleanText(get(f, "Descriptor")),
    address: nycAddress(get, f),
    lat,
    lng,
    createdAt,
    updatedAt: updatedAt ?? closedAt,
    closedAt,
    dueAt: dates["Due Date"] ?? null,
    channel: NYC_CHANNELS[get(f, "Open Data Channel Type")] ?? null,
    statusNotes: notes,
    mediaUrl: null,
  };
}

/** The rows of NYC 311 CSV files (either schema), converted or rejected, one `Parsed` per data row. */
export function parseNycCsv(files: string[], options: CsvParseOptions = {}): AsyncGenerator<Parsed> {
  const sourceSystem = options.sourceSystem ?? "nyc-311";
  const zone = options.timeZone ?? "America/New_York";
  return parseCsvFiles(
    files,
    (header, name) => {
      if (!header.includes("Unique Key") || !header.includes("Created Date")) {
        throw new Error(`${name} is not an NYC 311 CSV: its header has no Unique Key and Created Date.`);
      }
    },
    (get, fields) => convert(get, fields, sourceSystem, zone),
  );
}
