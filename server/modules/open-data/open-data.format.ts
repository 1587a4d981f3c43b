import { csvLine } from "../../../common/csv.js";
import { OPEN_DATA_FIELDS, type OpenDataRecord } from "./open-data.presenter.js";

/** The formats an export can be written in. */
export const EXPORT_FORMATS = ["csv", "geojson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The media type of each format. */
export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  geojson: "application/geo+json",
};

/**
 * CSV (RFC 4180, through the shared writer): a header line of field names, then one line per request. One
 * chunk per page, so the consumer writes a few large strings rather than millions of small ones.
 */
export async function* csvChunks(pages: AsyncIterable<OpenDataRecord[]>): AsyncGenerator<string> {
  yield csvLine(OPEN_DATA_FIELDS);
  for await (const page of pages) {
    yield page.map((record) => csvLine(OPEN_DATA_FIELDS.map((field) => record[field]))).join("");
  }
}

/** A GeoJSON Feature: a Point at [lng, lat] (RFC 7946 order), or no geometry when the request has no place. */
function feature(record: OpenDataRecord): string {
  const located = typeof record.lat === "number" && typeof record.lng === "number";
  return JSON.stringify({
    type: "Feature",
    id: record.service_request_id,
    geometry: located ? { type: "Point", coordinates: [record.lng, record.lat] } : null,
    properties: record,
  });
}

/**
 * A GeoJSON FeatureCollection, written as it goes: the opening, the features of each page separated by
 * commas, then the closing, so no more than one page is ever held as objects.
 */
export async function* geojsonChunks(pages: AsyncIterable<OpenDataRecord[]>): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    yield `${first ? "\n" : ",\n"}${page.map(feature).join(",\n")}`;
    first = false;
  }
  yield "\n]}\n";
}

/** The writer of a format. */
export function writerFor(format: ExportFormat) {
  return format === "csv" ? csvChunks : geojsonChunks;
}
