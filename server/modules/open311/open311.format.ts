import { DateTime } from "luxon";

/** The two formats of every Open311 resource, chosen by the path's suffix. */
export type Format = "xml" | "json";

export const CONTENT_TYPES: Record<Format, string> = {
  xml: "text/xml; charset=utf-8",
  json: "application/json; charset=utf-8",
};

/**
 * A response body in the Spark convention: objects become elements, and a list becomes a wrapper element
 * whose children all carry `item` as their name (in JSON: an array, even with one child).
 */
export type Node = string | number | boolean | null | undefined | Node[] | List | { [key: string]: Node };

export class List {
  constructor(
    readonly item: string,
    readonly items: Node[],
  ) {}
}

/** A list that renders as `<wrapper><item/>…</wrapper>` in XML and as an array in JSON. */
export function list(item: string, items: Node[]): List {
  return new List(item, items);
}

const XML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Drops the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE, U+FFFF). */
function xmlSafe(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || c === 10 || c === 13 || (c >= 0x20 && c !== 0xfffe && c !== 0xffff)) out += ch;
  }
  return out;
}

function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped rather than producing a document clients reject.
  return xmlSafe(text).replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function xmlOf(name: string, value: Node, indent: string): string {
  if (value === undefined) return "";
  if (value === null || value === "") return `${indent}<${name}/>\n`;
  if (value instanceof List) {
    if (value.items.length === 0) return `${indent}<${name}/>\n`;
    const inner = value.items.map((v) => xmlOf(value.item, v, `${indent}  `)).join("");
    return `${indent}<${name}>\n${inner}${indent}</${name}>\n`;
  }
  if (Array.isArray(value)) return value.map((v) => xmlOf(name, v, indent)).join("");
  if (typeof value === "object") {
    const inner = Object.entries(value)
      .map(([k, v]) => xmlOf(k, v, `${indent}  `))
      .join("");
    return inner ? `${indent}<${name}>\n${inner}${indent}</${name}>\n` : `${indent}<${name}/>\n`;
  }
  return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
}

function jsonOf(value: Node): unknown {
  if (value === undefined) return undefined;
  if (value instanceof List) return value.items.map(jsonOf);
  if (Array.isArray(value)) return value.map(jsonOf);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const j = jsonOf(v);
      if (j !== undefined) out[k] = j;
    }
    return out;
  }
  return value === "" ? null : value;
}

/** Renders a document: XML with its declaration and root element, or JSON without the root (Spark). */
export function render(format: Format, root: string, body: Node): string {
  if (format === "json") return JSON.stringify(jsonOf(body));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlOf(root, body, "")}`;
}

const OFFSET_BUCKET_MS = 15 * 60_000;
const offsets = new Map<string, number>();

/** The zone's UTC offset in minutes at an instant; zones change offset at most on quarter hours, so cache per quarter. */
function offsetMinutes(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / OFFSET_BUCKET_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = DateTime.fromMillis(ms, { zone: timeZone }).offset;
    offsets.set(key, offset);
  }
  return offset;
}

/** W3C datetime in the city's offset, without fractions: `2026-11-25T10:00:00-05:00`. */
export function w3c(date: Date | null | undefined, timeZone: string): string | null {
  if (!date) return null;
  const ms = Math.floor(date.getTime() / 1000) * 1000;
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Parses an incoming W3C datetime (`Z` or `±HH:MM`, fractions allowed, or a bare date); null when malformed. */
export function parseW3c(value: string): Date | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return null;
  const iso = m[2] ? `${m[1]}T${m[2]}${m[3] ?? "Z"}` : `${m[1]}T00:00:00Z`;
  const d = new Date(iso.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(d.getTime()) ? null : d;
}
