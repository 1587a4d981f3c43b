/**
 * A small streaming CSV reader (RFC 4180: comma-separated, fields optionally in double quotes, `""` for a quote
 * inside quotes, line breaks allowed inside quotes, CRLF or LF). It keeps each record's raw text and the line it
 * starts on, so a rejected row can be reported and written back as it was. Also the helpers both CSV parsers
 * share: local times without an offset, close reasons from free text, numbers from fields.
 */
import { createReadStream } from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import type { Parsed, SourceRequest } from "./imports.types.js";

/** One record of a CSV file: its fields, the physical line it starts on (the header is line 1), its raw text. */
export interface CsvRecord {
  line: number;
  fields: string[];
  raw: string;
}

interface Cut {
  fields: string[];
  end: number;
  next: number;
  newlines: number;
}

/** Reads one record from `text` at `start`; null when the record may continue past the end of `text`. */
function cutRecord(text: string, start: number, final: boolean): Cut | null {
  const fields: string[] = [];
  let i = start;
  let newlines = 0;
  const n = text.length;
  for (;;) {
    if (text.charCodeAt(i) === 34 /* " */) {
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) {
          if (!final) return null;
          value += text.slice(from);
          i = n;
          break;
        }
        value += text.slice(from, q);
        if (q + 1 >= n && !final) return null;
        if (text.charCodeAt(q + 1) === 34) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let k = value.indexOf("\n"); k >= 0; k = value.indexOf("\n", k + 1)) newlines++;
      // Anything between the closing quote and the next separator is kept, as lenient readers do.
      let j = i;
      while (j < n && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13)
        j++;
      if (j >= n && !final) return null;
      fields.push(value + text.slice(i, j));
      i = j;
    } else {
      let j = i;
      while (j < n && text.charCodeAt(j) !== 44 && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13)
        j++;
      if (j >= n && !final) return null;
      fields.push(text.slice(i, j));
      i = j;
    }
    if (i >= n) return { fields, end: n, next: n, newlines };
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    // End of record: LF, CRLF or a lone CR.
    if (c === 13) {
      if (i + 1 >= n && !final) return null;
      const next = text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      return { fields, end: i, next, newlines: newlines + 1 };
    }
    return { fields, end: i, next: i + 1, newlines: newlines + 1 };
  }
}

/** The records of a CSV file (header included, as the first record), read as a stream. */
export async function* readCsv(file: string): AsyncGenerator<CsvRecord> {
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
  let buffer = "";
  let line = 1;
  let first = true;
  const drain = function* (final: boolean): Generator<CsvRecord> {
    let pos = 0;
    while (pos < buffer.length) {
      const cut = cutRecord(buffer, pos, final);
      if (!cut) break;
      const raw = buffer.slice(pos, cut.end);
      // A blank line is not a record.
      if (!(cut.fields.length === 1 && cut.fields[0] === "")) yield { line, fields: cut.fields, raw };
      line += cut.newlines;
      pos = cut.next;
    }
    buffer = buffer.slice(pos);
  };
  for await (const chunk of stream as AsyncIterable<string>) {
    buffer += first ? chunk.replace(/^\uFEFF/, "") : chunk;
    first = false;
    yield* drain(false);
  }
  yield* drain(true);
}

/** Looks fields up by header name, so a parser reads `get("Unique Key")` whatever the column order. */
export function headerIndex(header: string[]): (fields: string[], name: string) => string {
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  return (fields, name) => {
    const i = index.get(name);
    return i === undefined ? "" : (fields[i] ?? "").trim();
  };
}

/** Reads a field of a data row by its header name. */
export type Field = (fields: string[], name: string) => string;

/**
 * The data rows of CSV files, converted or rejected, one `Parsed` per row, files in the given order: the header
 * (trimmed) is checked by `checkHeader` (which throws, naming the file, when it is not the expected export),
 * rows whose width differs from the header's are rejected, the others go through `convert`.
 */
export async function* parseCsvFiles(
  files: string[],
  checkHeader: (header: string[], fileName: string) => void,
  convert: (get: Field, fields: string[]) => SourceRequest | string,
): AsyncGenerator<Parsed> {
  for (const file of files) {
    const name = path.basename(file);
    let get: Field | null = null;
    let width = 0;
    for await (const record of readCsv(file)) {
      if (!get) {
        const header = record.fields.map((h) => h.trim());
        checkHeader(header, name);
        get = headerIndex(header);
        width = header.length;
        continue;
      }
      const where = `${name}:${record.line}`;
      const result =
        record.fields.length !== width
          ? `${record.fields.length} fields where the header has ${width}`
          : convert(get, record.fields);
      if (typeof result === "string")
        yield { ok: false, rejected: { where, reason: result, raw: record.raw } };
      else yield { ok: true, request: result };
    }
  }
}

const US_DATE =
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?\s*([AP]M)?)?$/i;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

/**
 * The instant of a local date and time written without an offset (`01/14/2015 03:04:41 PM`, or ISO
 * `2015-01-14T15:04:41.000`), read in `timeZone` with its daylight-saving rules; null when it is not such a date.
 * A time that a clock change repeats is taken at its first (daylight) occurrence; one that it skips, an hour later.
 */
export function localInstant(text: string, timeZone: string): Date | null {
  let m = US_DATE.exec(text);
  let year: number;
  let month: number;
  let day: number;
  if (m) {
    month = Number(m[1]);
    day = Number(m[2]);
    year = Number(m[3]);
  } else {
    m = ISO_LOCAL.exec(text);
    if (!m) return null;
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  }
  let hour = Number(m[4] ?? 0);
  const meridiem = m[8]?.toUpperCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === "PM" ? 12 : 0);
  }
  const minute = Number(m[5] ?? 0);
  const second = Number(m[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = zoneOffset(timeZone, year, month, day, hour);
  if (offset === null) return null;
  const millisecond = m[7] ? Number(m[7].padEnd(3, "0")) : 0;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millisecond) - offset * 60_000);
}

// Offsets by zone and local hour: luxon is asked once per hour of the calendar, not once per date read.
const offsets = new Map<string, number | null>();

/** The zone's offset (minutes) for a local date and hour, null when the date does not exist. */
function zoneOffset(zone: string, year: number, month: number, day: number, hour: number): number | null {
  const key = `${zone} ${year}-${month}-${day} ${hour}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let offset: number | null = null;
  const dt = DateTime.fromObject({ year, month, day, hour }, { zone });
  if (dt.isValid && dt.day === day) {
    if (dt.hour !== hour) {
      // A skipped hour: read it with the offset before the change, which lands an hour later.
      offset = dt.minus({ hours: 1 }).offset;
    } else {
      // A repeated hour has two offsets; the first one listed is the earlier instant.
      offset = dt.getPossibleOffsets()[0]?.offset ?? dt.offset;
    }
  }
  offsets.set(key, offset);
  return offset;
}

type CloseReason = "fixed" | "no_action_needed" | "duplicate" | "referred" | "not_city_responsibility";

const TEXT_REASONS: [RegExp, CloseReason][] = [
  [/\bduplicate\b|already (been )?reported|exists already|already exists|already open/i, "duplicate"],
  [
    /\brefer(red|ral|s)?\b|forwarded|transferred to|requested the department of|jurisdiction of another/i,
    "referred",
  ],
  [
    /jurisdiction|private property|privately owned|does not (belong|maintain|care for)|not (a |the )?(city|parks)\b|town of brookline|state (road|property|highway)/i,
    "not_city_responsibility",
  ],
  [
    /not (be )?found|nothing (was )?found|no \w+( \w+)? (was )?(found|at (the |this )?(location|address))|did not (find|observe)|unable to (find|locate|gain)|could not (be )?(find|found|locate)|no evidence|no violation|not necessary|no action|in compliance|(were|was) gone|gone (on|upon) arrival|no work order/i,
    "no_action_needed",
  ],
];

/** The close reason a free-text resolution suggests, or null when it suggests none (then it is "fixed"). */
export function closeReasonFromText(text: string | null): CloseReason | null {
  if (!text) return null;
  for (const [pattern, reason] of TEXT_REASONS) if (pattern.test(text)) return reason;
  return null;
}

/** A number from a field, or null when the field is empty or not a finite number. */
export function numberOrNull(text: string): number | null {
  if (!text) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
