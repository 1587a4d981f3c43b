/**
 * CSV as RFC 4180 says (comma, CRLF, double quotes doubled), for every export the product offers.
 *
 * A cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or carriage return)
 * is prefixed with a single quote, as OWASP advises for CSV injection: exports are opened in Excel by
 * staff, and descriptions come from the public. Numbers are written as they are, so "-3" stays a number.
 */

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted only when it must be. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of CSV, ending in CRLF. */
export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole small CSV document: header line, then rows. */
export function csvDocument(headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return csvLine(headers) + rows.map(csvLine).join("");
}
