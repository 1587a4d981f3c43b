import { z } from "zod";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { type ExportFormat, writerFor } from "./open-data.format.js";
import { type OpenDataRecord, type PresentContext, presentOpenData } from "./open-data.presenter.js";
import { countInRange, type ExportRange, lastRequestId, requestPages } from "./open-data.query.js";

const localDate = z.iso.date({ error: "must be a date as YYYY-MM-DD" });

/** The range of an export, as the route's query string and the command line's options both give it. */
export const exportRangeInput = z
  .object({ since: localDate.optional(), until: localDate.optional() })
  .refine((r) => !r.since || !r.until || r.since <= r.until, {
    error: "must not be before since",
    path: ["until"],
  });
export type ExportRangeInput = z.infer<typeof exportRangeInput>;

/** Checks a range given on the command line; a bad one is a validation error naming each option. */
export function parseExportRange(input: { since?: string | undefined; until?: string | undefined }) {
  const parsed = exportRangeInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
  throw new AppError(
    "validation_failed",
    details.map((d) => `--${d.field} ${d.message}`).join("; "),
    details,
  );
}

export interface ExportOptions extends ExportRangeInput, PresentContext {
  format: ExportFormat;
  /** Rows per database query; tests make it small to cross page boundaries. */
  pageSize?: number | undefined;
  /** Told after each page how many requests have been written so far. */
  onProgress?: ((done: number) => void) | undefined;
}

/** An export ready to run: how many requests it holds, and the bytes as string chunks. */
export interface OpenDataExport {
  count(): Promise<number>;
  chunks(): AsyncGenerator<string>;
}

/**
 * The one way requests leave as open data, for the public download and the command line alike. The last
 * request id is read now, so a long export ends, and its count matches its rows, however busy the city is.
 */
export async function prepareExport(db: DbOrTx, opts: ExportOptions): Promise<OpenDataExport> {
  const range: ExportRange = {
    since: opts.since,
    until: opts.until,
    timeZone: opts.timeZone,
    lastId: await lastRequestId(db),
  };
  async function* records(): AsyncGenerator<OpenDataRecord[]> {
    let done = 0;
    for await (const page of requestPages(db, range, opts.pageSize)) {
      yield page.map((row) => presentOpenData(row, opts));
      done += page.length;
      opts.onProgress?.(done);
    }
  }
  return {
    count: () => countInRange(db, range),
    chunks: () => writerFor(opts.format)(records()),
  };
}

/** The download's file name, saying which days it covers. */
export function exportFilename(format: ExportFormat, range: ExportRangeInput): string {
  const span =
    range.since && range.until
      ? `-${range.since}-to-${range.until}`
      : range.since
        ? `-since-${range.since}`
        : range.until
          ? `-until-${range.until}`
          : "";
  return `service-requests${span}.${format}`;
}
