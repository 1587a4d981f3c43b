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
  if (unit === "hour") return hourLabels(at, end);
  while (at < end) {
    // The repeated hour when clocks go back has one label, as in SQL.
    labels.add(at.toFormat(format));
    at = at.plus({ [`${unit}s`]: 1 });
  }
  return [...labels];
}

/** Hours of local days: 24 plain labels a day, stepping hour by hour only across a change of clocks. */
function hourLabels(start: DateTime, end: DateTime): string[] {
  const labels: string[] = [];
  for (let day = start.startOf("day"); day < end; day = day.plus({ days: 1 })) {
    const next = day.plus({ days: 1 });
    const date = day.toISODate() as string;
    if (next.diff(day, "hours").hours === 24 && day.offset === next.offset) {
      for (let h = 0; h < 24; h++) labels.push(`${date}T${String(h).padStart(2, "0")}`);
      continue;
    }
    const seen = new Set<string>();
    for (let at = day; at < next; at = at.plus({ hours: 1 })) seen.add(at.toFormat("yyyy-MM-dd'T'HH"));
    labels.push(...seen);
  }
  return labels;
}
