/**
 * The public performance page: volumes, on-time % and median days to close by service type over the last
 * 12 months. Only counts leave; the figures are the staff dashboard's, over the same conditions.
 */
import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { PublicPerformance } from "../../../common/contracts/reports.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import { bucketOf, closedIn, openedIn } from "./reports.filters.js";
import { catalogNames, closeFigures, closeFiguresQuery } from "./reports.requests.js";

/** The last 12 months (local): the 11 whole months before this one, and this month so far. */
export function lastTwelveMonths(timeZone: string, now: Date) {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  return {
    from: today.startOf("month").minus({ months: 11 }).toISODate() as string,
    to: today.toISODate() as string,
    interval: "month" as const,
  };
}

/** Figures for the public performance page as of `now`. */
export async function publicPerformance(db: DbOrTx, timeZone: string, now: Date): Promise<PublicPerformance> {
  const f = lastTwelveMonths(timeZone, now);
  const [names, openRows, closeRows, openMonths, closeMonths] = await Promise.all([
    catalogNames(db),
    rows<{ s: number | null; n: number }>(
      db,
      sql`select sr.service_type_id as s, count(*)::int as n from service_requests sr
      where ${openedIn(f, timeZone)} group by rollup (sr.service_type_id)`,
    ),
    closeFiguresQuery(db, closedIn(f, timeZone)),
    rows<{ b: string; n: number }>(
      db,
      sql`select ${bucketOf(sql`sr.created_at`, "month", timeZone)} as b, count(*)::int as n
      from service_requests sr where ${openedIn(f, timeZone)} group by 1`,
    ),
    rows<{ b: string; n: number }>(
      db,
      sql`select ${bucketOf(sql`sr.closed_at`, "month", timeZone)} as b, count(*)::int as n
      from service_requests sr where ${closedIn(f, timeZone)} group by 1`,
    ),
  ]);
  const opened = new Map(openRows.map((r) => [r.s, r.n]));
  // grouping() = 3: by service type; 7: everything (see closeFiguresQuery).
  const closedByService = new Map(closeRows.filter((r) => r.g === 3).map((r) => [r.s, r]));
  const total = closeFigures(closeRows.find((r) => r.g === 7));
  const ids = [...new Set([...opened.keys(), ...closedByService.keys()])].filter(
    (id): id is number => id !== null,
  );
  const openedMonth = new Map(openMonths.map((r) => [r.b, r.n]));
  const closedMonth = new Map(closeMonths.map((r) => [r.b, r.n]));
  return {
    from: f.from,
    to: f.to,
    generatedAt: now.toISOString(),
    totals: {
      opened: opened.get(null) ?? 0,
      closed: total.closed,
      onTimePct: total.onTimePct,
      medianDays: total.medianDays,
    },
    months: bucketLabels(f, timeZone).map((b) => ({
      month: b.slice(0, 7),
      opened: openedMonth.get(b) ?? 0,
      closed: closedMonth.get(b) ?? 0,
    })),
    services: ids
      .map((id) => {
        const s = names.service.get(id);
        const c = closeFigures(closedByService.get(id));
        return {
          code: s?.code ?? "?",
          name: s?.name ?? "Unknown service",
          group: s?.group ?? null,
          opened: opened.get(id) ?? 0,
          closed: c.closed,
          onTimePct: c.onTimePct,
          medianDays: c.medianDays,
        };
      })
      .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name)),
  };
}
