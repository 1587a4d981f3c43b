/**
 * What every importer turns a source row into, before it is matched to the catalog and written. Parsers
 * (one per format) yield these; the pipeline (mapping, rejects, dry run, idempotent writes) takes them.
 */

/** One request as the source system knew it, converted but not yet matched to this city's catalog. */
export interface SourceRequest {
  /** The source system's own id, kept so a second import of the same file changes nothing. */
  sourceId: string;
  /** Which system it came from, e.g. "boston-open311", "boston-legacy", "nyc-311". */
  sourceSystem: string;
  /** The source's service code and name (matched to the catalog through the mapping file). */
  serviceCode: string;
  serviceName: string;
  /** The source's department or agency, when it has one (matched through the mapping file). */
  department: string | null;
  /** Converted to our statuses: new | acknowledged | in_progress | on_hold | closed. */
  status: "new" | "acknowledged" | "in_progress" | "on_hold" | "closed";
  /** When closed: fixed | no_action_needed | duplicate | referred | not_city_responsibility. */
  closeReason: "fixed" | "no_action_needed" | "duplicate" | "referred" | "not_city_responsibility" | null;
  description: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  /** Instants, converted from the source's time zone (or offset) to UTC. */
  createdAt: Date;
  updatedAt: Date | null;
  closedAt: Date | null;
  dueAt: Date | null;
  /** Our channel (phone, web, app, open311, email, walk_in, …) when the source says. */
  channel: string | null;
  /** A public note the source recorded (Open311 status_notes, a resolution description). */
  statusNotes: string | null;
  mediaUrl: string | null;
}

/** A row that cannot be used, and why; written to the rejects file. */
export interface Rejected {
  /** File and line (or record number) it came from. */
  where: string;
  reason: string;
  /** The raw row, as text, so the city can fix and re-run it. */
  raw: string;
}

/** What a parser yields for each source row. */
export type Parsed = { ok: true; request: SourceRequest } | { ok: false; rejected: Rejected };
