/**
 * Open311 GeoReport v2 request objects, as a JSON array or one object per line (NDJSON), gzipped or not,
 * read as a stream (the Boston files are 183 MB unpacked).
 *
 * Conversion, kept simple on purpose:
 * - `open` becomes `new` (GeoReport v2 knows only open and closed); `closed` becomes `closed` with
 *   `closedAt` = `updated_datetime` (else `requested_datetime`) and a close reason read from `status_notes`:
 *   "duplicate" → duplicate; "no action", "no violation", "nothing found", "unable to locate", "gone on
 *   arrival" → no_action_needed; anything else → fixed.
 * - Datetimes carry their offset (`2008-10-06T12:41:01-04:00`) and become UTC instants; a datetime without
 *   an offset or zone is rejected rather than guessed.
 * - The channel is not in GeoReport v2, so it stays null (the pipeline records it as "open311").
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import type { Parsed, SourceRequest } from "./imports.types.js";

export interface Open311Options {
  /** The `sourceSystem` of every row (default "open311"); part of the key that makes re-imports idempotent. */
  sourceSystem?: string;
}

const NO_ACTION = /no action|no violation|nothing found|unable to locate|gone on arrival|gone upon arrival/i;
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Opens a file as text, gunzipping it when it ends in .gz. */
export function openText(file: string): Readable {
  const raw = createReadStream(file);
  const stream = file.toLowerCase().endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (err) => stream.destroy(err));
  stream.setEncoding("utf8");
  return stream;
}

/** The JSON objects of a file that holds either a JSON array of objects or one object per line. */
async function* jsonObjects(file: string): AsyncGenerator<{ where: string; text: string }> {
  const name = path.basename(file);
  const stream = openText(file);
  let first = true;
  let arrayMode = false;
  // Array mode: a small scanner that cuts the array into its top-level objects without parsing them.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let pending = "";
  let record = 0;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  for await (const read of lines) {
    line++;
    const text = line === 1 ? read.replace(/^\uFEFF/, "") : read;
    if (first) {
      const trimmed = text.trimStart();
      if (!trimmed) continue;
      first = false;
      arrayMode = trimmed.startsWith("[");
    }
    if (!arrayMode) {
      if (text.trim()) yield { where: `${name}:${line}`, text };
      continue;
    }
    let start = depth > 1 ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92) escaped = true;
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123 || c === 91) {
        if (c === 123 && depth === 1) start = i;
        depth++;
      } else if (c === 125 || c === 93) {
        depth--;
        if (c === 125 && depth === 1 && start >= 0) {
          record++;
          yield { where: `${name}#${record}`, text: pending + text.slice(start, i + 1) };
          pending = "";
          start = -1;
        }
      }
    }
    if (depth > 1 && start >= 0) pending += `${text.slice(start)}\n`;
  }
}

function instant(value: unknown): Date | null | "bad" {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value !== "string" || !WITH_ZONE.test(value.trim())) return "bad";
  const at = new Date(value.trim());
  return Number.isNaN(at.getTime()) ? "bad" : at;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const s = String(value).trim();
  return s ? s : null;
}

function coordinate(value: unknown, limit: number): number | null | "bad" {
  if (value === undefined || value === null || value === "") return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : "bad";
}

/** The close reason that a closed request's status notes suggest (see the module comment). */
export function closeReasonFromNotes(notes: string | null): NonNullable<SourceRequest["closeReason"]> {
  if (notes && /duplicate/i.test(notes)) return "duplicate";
  if (notes && NO_ACTION.test(notes)) return "no_action_needed";
  return "fixed";
}

/** Converts one GeoReport v2 request object; the reason is a sentence when it cannot be used. */
export function convertOpen311(o: Record<string, unknown>, sourceSystem: string): SourceRequest | string {
  const sourceId = text(o.service_request_id);
  if (!sourceId) return "no service_request_id";
  const serviceCode = text(o.service_code);
  const serviceName = text(o.service_name);
  if (!serviceCode && !serviceName) return "no service_code or service_name";
  const raw = text(o.status)?.toLowerCase();
  if (raw !== "open" && raw !== "closed") return `status "${o.status ?? ""}" is neither open nor closed`;
  const createdAt = instant(o.requested_datetime);
  if (createdAt === null) return "no requested_datetime";
  if (createdAt === "bad") return "requested_datetime is not a date and time with an offset";
  const updatedAt = instant(o.updated_datetime);
  if (updatedAt === "bad") return "updated_datetime is not a date and time with an offset";
  const lat = coordinate(o.lat, 90);
  const lng = coordinate(o.long, 180);
  if (lat === "bad") return "lat is not a number between -90 and 90";
  if (lng === "bad") return "long is not a number between -180 and 180";
  const notes = text(o.status_notes);
  const closed = raw === "closed";
  return {
    sourceId,
    sourceSystem,
    serviceCode: serviceCode ?? serviceName!,
    serviceName: serviceName ?? serviceCode!,
    department: text(o.agency_responsible),
    status: closed ? "closed" : "new",
    closeReason: closed ? closeReasonFromNotes(notes) : null,
    description: text(o.description),
    address: text(o.address),
    lat: lat !== null && lng !== null ? lat : null,
    lng: lat !== null && lng !== null ? lng : null,
    createdAt,
    updatedAt,
    closedAt: closed ? (updatedAt ?? createdAt) : null,
    dueAt: null,
    channel: null,
    statusNotes: notes,
    mediaUrl: text(o.media_url),
  };
}

/** Parses GeoReport v2 request objects from a JSON array or NDJSON file (.gz or not). */
export async function* parseOpen311(file: string, options: Open311Options = {}): AsyncGenerator<Parsed> {
  const sourceSystem = options.sourceSystem ?? "open311";
  for await (const { where, text: raw } of jsonObjects(file)) {
    let o: unknown;
    try {
      o = JSON.parse(raw);
    } catch {
      yield { ok: false, rejected: { where, reason: "not valid JSON", raw } };
      continue;
    }
    if (!o || typeof o !== "object" || Array.isArray(o)) {
      yield { ok: false, rejected: { where, reason: "not a JSON object", raw } };
      continue;
    }
    const converted = convertOpen311(o as Record<string, unknown>, sourceSystem);
    if (typeof converted === "string") yield { ok: false, rejected: { where, reason: converted, raw } };
    else yield { ok: true, request: converted };
  }
}
