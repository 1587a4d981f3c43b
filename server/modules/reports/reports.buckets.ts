import { DateTime } from "luxon";
import type { ReportFilters } from "../../../common/contracts/reports.js";

/**
 * Every local interval of the range, labelled as SQL's `bucketOf` labels them, so a chart shows the
 * quiet days as zeros instead of leaving them out. Weeks start on Monday, as PostgreSQL's date_trunc does;
 * the first week or month may start before `from`.
 */
export function bucketLabels(f: Pick<ReportFilters, "from" | "to" | "interval">, timeZone: string): string[] {
  const end = DateTime.fromISO(f.to, { zone: timeZone }).plus({ days: 1 }).startOf("day");
  const unit = f.interval;
  let at = DateTime.fromISO(f.from, { zone: timeZone }).startOf(unit === "week" ? "week" : unit);
  const format = unit === "hour" ? "yyyy-MM-dd'T'HH" : "yyyy-MM-dd";
  const labels = new Set<string>();
  while (at < end) {
    // The repeated hour when clocks go back has one label, as in SQL.
    labels.add(at.toFormat(format));
    at = at.plus({ [`${unit}s`]: 1 });
  }
  return [...labels];
}
