import type { AuditFilters, AuditPage } from "../../../common/contracts/audit.js";
import { AUDIT_CSV_MAX_ROWS } from "../../../common/contracts/audit.js";
import { csvLine } from "../../../common/csv.js";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { AUDIT_CSV_HEADER, auditCsvLine, presentAuditRow } from "./audit.presenter.js";
import {
  type AuditCursor,
  countAuditRows,
  decodeCursor,
  encodeCursor,
  selectAuditRows,
} from "./audit.repository.js";

/** Rows per query while the CSV streams. */
const CSV_PAGE = 2_000;

/** A 400 for filters that cannot match by construction (an inverted range), before anything is read. */
export function checkFilters(f: AuditFilters): void {
  if (f.from && f.to && f.from > f.to) {
    throw new AppError("validation_failed", "The start date must be on or before the end date.", [
      { field: "from", message: "must be on or before the end date" },
    ]);
  }
}

/** One page of the viewer: newest first, after `cursor`, with the count of every matching row. */
export async function auditLogPage(
  db: DbOrTx,
  timeZone: string,
  f: AuditFilters,
  page: { limit: number; cursor?: string | undefined },
): Promise<AuditPage> {
  checkFilters(f);
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  // One row more than asked tells whether another page exists.
  const found = await selectAuditRows(db, f, timeZone, cursor, page.limit + 1);
  const shown = found.slice(0, page.limit);
  const last = shown.at(-1);
  const nextCursor =
    found.length > page.limit && last
      ? encodeCursor({ at: last.at_key, src: last.src, id: Number(last.id) })
      : null;
  return { items: shown.map(presentAuditRow), total: await countAuditRows(db, f, timeZone), nextCursor };
}

/** The CSV of every matching row (at most AUDIT_CSV_MAX_ROWS), read one page at a time. */
export async function* auditCsv(db: DbOrTx, timeZone: string, f: AuditFilters): AsyncGenerator<string> {
  yield csvLine(AUDIT_CSV_HEADER);
  let cursor: AuditCursor | null = null;
  let written = 0;
  while (written < AUDIT_CSV_MAX_ROWS) {
    const batch = await selectAuditRows(
      db,
      f,
      timeZone,
      cursor,
      Math.min(CSV_PAGE, AUDIT_CSV_MAX_ROWS - written),
    );
    if (batch.length === 0) return;
    yield batch.map((row) => auditCsvLine(presentAuditRow(row))).join("");
    written += batch.length;
    const last = batch.at(-1)!;
    cursor = { at: last.at_key, src: last.src, id: Number(last.id) };
  }
  const more = await selectAuditRows(db, f, timeZone, cursor, 1);
  if (more.length > 0) {
    yield csvLine([`This file was cut at ${AUDIT_CSV_MAX_ROWS} rows: narrow the filters to see the rest.`]);
  }
}
