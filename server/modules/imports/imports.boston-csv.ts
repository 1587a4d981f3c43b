/**
 * Boston's legacy 311 CRM export (the 2015 CSV files, 34 columns, one file per case type), read as a stream.
 *
 * Conversion:
 * - Dates (`01/14/2015 03:04:41 PM`) are Boston local times without an offset: read in the city's zone with its
 *   daylight-saving rules, then kept as UTC instants. OPEN_DT → createdAt, CLOSED_DT → closedAt (and updatedAt),
 *   TARGET_DT (often empty) → dueAt.
 * - CASE_STATUS Open → new, Closed → closed. The close reason comes from CLOSURE_REASON's code, after its
 *   "Case Closed" and "Closed date : …" prefixes (see `BOSTON_CLOSE_CODES`); "Case Noted" and unknown codes are
 *   read as free text (`closeReasonFromText`), and fixed when the text says nothing. The text is the status note.
 * - Source → channel: Constituent Call → phone, Citizens Connect App → app, Self Service → web, Twitter → social;
 *   staff sources (Employee Generated, City Worker App, Maximo Integration) have no resident channel → null.
 * - Department: the Department code as the export has it (PWDx, ISD, BTDT, PARK…; "No Q", no queue → null), for
 *   the mapping file. SUBJECT is not used: it names the desk that took the case (an Empty Litter Basket case of
 *   PARK has SUBJECT "Public Works Department"). Service: TYPE, as both code and name; CASE_TITLE, when it says
 *   more than TYPE, is the description.
 * - Location "100-102 Brooks St  Brighton  MA  02135" (parts split by doubled spaces) → "100-102 Brooks St,
 *   Brighton, MA 02135". The CRM puts cases without a known place on a default point near City Hall
 *   (42.3594, -71.0587; 17,070 rows, 10,836 of them without any Location): there lat/lng become null.
 * - Rejected: no CASE_ENQUIRY_ID, an unparseable OPEN_DT, CLOSED_DT or TARGET_DT, a closed case without CLOSED_DT,
 *   CLOSED_DT before OPEN_DT, coordinates that are not numbers or lie outside the Boston area.
 */
import {
  closeReasonFromText,
  type Field,
  localInstant,
  numberOrNull,
  parseCsvFiles,
} from "./imports.csv-read.js";
import type { Parsed, SourceRequest } from "./imports.types.js";

/** Options of the CSV parsers. */
export interface CsvParseOptions {
  /** The `sourceSystem` of every row; part of the key that makes re-imports idempotent. */
  sourceSystem?: string;
  /** The IANA zone the source's local times are in (default America/New_York). */
  timeZone?: string;
}

/** Source → our channel; sources not listed (staff-made cases) have none. */
export const BOSTON_CHANNELS: Record<string, string> = {
  "Constituent Call": "phone",
  "Citizens Connect App": "app",
  "Self Service": "web",
  Twitter: "social",
};

type CloseReason = NonNullable<SourceRequest["closeReason"]>;

/** The close reason of each CLOSURE_REASON code; codes not listed are read as free text. */
export const BOSTON_CLOSE_CODES: Record<string, CloseReason> = {
  "Case Resolved": "fixed",
  "Internal Case": "fixed",
  "Bulk Item Automation": "fixed",
  "Duplicate of Existing Case": "duplicate",
  "Case Referred": "referred",
  "ROA:": "referred", // Refer to Other Agency/Division
  "ADCLSD:": "no_action_needed", // Administratively Closed
  "NOVIO:": "no_action_needed", // No Violation Found/No Cause
  "NOBASE:": "no_action_needed", // No Basis
  "NOACC:": "no_action_needed", // Closed-No Access
  "NEWOWN:": "no_action_needed",
  "CORR:": "fixed", // Corrected
  "VIOISS:": "fixed", // Violation Filed
  "VIOLFND:": "fixed", // Violation Found
  "VIOCOR:": "fixed", // Violation Corrected
  "REINSP:": "fixed",
  "PERMIS:": "fixed", // Permit Issued
  "TICKET:": "fixed", // Ticket Issued
  "ABATED:": "fixed",
  "CLOSED:": "fixed",
  "TFA:": "fixed",
  "TSOP:": "fixed",
};

const PREFIX = /^Case Closed\.?\s*(?:Closed date\s*:\s*\S+ \S+\s*)?/;
const CODE =
  /^(Case Invalid|Case Referred|Case Resolved|Case Noted|Internal Case|Bulk Item Automation|Duplicate of Existing Case|[A-Z]{3,8}:)/;
// Boston's area, generously: anything outside is a wrong coordinate, not a place in the city.
const BOUNDS = { minLat: 42.2, maxLat: 42.42, minLng: -71.2, maxLng: -70.85 };
const DEFAULT_POINT = { lat: 42.3594, lng: -71.0587 };

/** Our close reason and status note for a CLOSURE_REASON text. */
export function bostonClosure(text: string): { closeReason: CloseReason; notes: string | null } {
  const rest = text.replace(PREFIX, "").trim();
  const code = CODE.exec(rest)?.[1];
  const notes =
    rest
      .replace(/^:\s*$/, "")
      .replace(/\s+/g, " ")
      .trim() || null;
  const detail = code ? rest.slice(code.length) : rest;
  let closeReason: CloseReason;
  if (code === "Case Invalid") closeReason = /duplicate/i.test(detail) ? "duplicate" : "no_action_needed";
  else if (code && BOSTON_CLOSE_CODES[code]) closeReason = BOSTON_CLOSE_CODES[code];
  else closeReason = closeReasonFromText(detail) ?? "fixed";
  return { closeReason, notes };
}

/** "100-102 Brooks St  Brighton  MA  02135" → "100-102 Brooks St, Brighton, MA 02135"; null when empty. */
export function bostonAddress(location: string): string | null {
  const parts = location.split(/\s{2,}/).filter(Boolean);
  if (parts.length === 0) return null;
  const last = parts.length - 1;
  if (parts.length >= 3 && /^\d{5}$/.test(parts[last]!) && parts[last - 1] === "MA") {
    return `${parts.slice(0, last - 1).join(", ")}, MA ${parts[last]}`;
  }
  return parts.join(", ");
}

/** One row converted, or the reason it cannot be used. */
function convert(get: Field, f: string[], sourceSystem: string, zone: string): SourceRequest | string {
  const sourceId = get(f, "CASE_ENQUIRY_ID");
  if (!sourceId) return "no CASE_ENQUIRY_ID";
  const createdAt = localInstant(get(f, "OPEN_DT"), zone);
  if (!createdAt) return `OPEN_DT "${get(f, "OPEN_DT")}" is not a date`;
  const dates: Record<string, Date | null> = {};
  for (const name of ["CLOSED_DT", "TARGET_DT"]) {
    const text = get(f, name);
    dates[name] = text ? localInstant(text, zone) : null;
    if (text && !dates[name]) return `${name} "${text}" is not a date`;
  }
  const closedAt = dates.CLOSED_DT ?? null;
  const caseStatus = get(f, "CASE_STATUS");
  if (caseStatus !== "Open" && caseStatus !== "Closed")
    return `CASE_STATUS "${caseStatus}" is neither Open nor Closed`;
  const closed = caseStatus === "Closed";
  if (closed && !closedAt) return "closed without CLOSED_DT";
  if (closedAt && closedAt < createdAt) return "CLOSED_DT before OPEN_DT";

  let lat = numberOrNull(get(f, "LATITUDE"));
  let lng = numberOrNull(get(f, "LONGITUDE"));
  if ((lat === null) !== (lng === null)) return "only one of LATITUDE and LONGITUDE";
  if (lat !== null && lng !== null) {
    if (lat === DEFAULT_POINT.lat && lng === DEFAULT_POINT.lng) {
      lat = null;
      lng = null;
    } else if (lat < BOUNDS.minLat || lat > BOUNDS.maxLat || lng < BOUNDS.minLng || lng > BOUNDS.maxLng) {
      return "coordinates outside the Boston area";
    }
  }
  const closure = bostonClosure(get(f, "CLOSURE_REASON"));
  const type = get(f, "TYPE");
  const title = get(f, "CASE_TITLE").replace(/\s+/g, " ");
  const department = get(f, "Department");
  return {
    sourceId,
    sourceSystem,
    serviceCode: type,
    serviceName: type,
    department: department === "No Q" ? null : department || null,
    status: closed ? "closed" : "new",
    closeReason: closed ? closure.closeReason : null,
    description: title && title !== type ? title : null,
    address: bostonAddress(get(f, "Location")),
    lat,
    lng,
    createdAt,
    updatedAt: closedAt,
    closedAt,
    dueAt: dates.TARGET_DT ?? null,
    channel: BOSTON_CHANNELS[get(f, "Source")] ?? null,
    statusNotes: closure.notes,
    mediaUrl: null,
  };
}

/** The rows of Boston legacy CSV files, converted or rejected, one `Parsed` per data row, files in the given order. */
export function parseBostonCsv(files: string[], options: CsvParseOptions = {}): AsyncGenerator<Parsed> {
  const sourceSystem = options.sourceSystem ?? "boston-legacy";
  const zone = options.timeZone ?? "America/New_York";
  return parseCsvFiles(
    files,
    (header, name) => {
      if (!header.includes("CASE_ENQUIRY_ID")) throw new Error(`${name} has no CASE_ENQUIRY_ID column.`);
    },
    (get, fields) => convert(get, fields, sourceSystem, zone),
  );
}
