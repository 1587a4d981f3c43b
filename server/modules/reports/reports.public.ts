/**
 * The public performance page: volumes, on-time % and median days to close by service type over the last
 * 12 months. Only counts leave; the figures are the staff dashboard's, over the same conditions.
 */
import { sql } from "drizzle-orm";
import { DateTime } from "luxon";
import type { PublicPerformance } from "../../../common/contracts/reports.js";
import type { DbOrTx } from "../../platform/db.js";
import { translationsFor } from "../../platform/translations.js";
import { bucketLabels } from "./reports.buckets.js";
import { catalogNames, closedBreakdowns, openCounts, seriesCounts } from "./reports.requests.js";
import { rollupPlan } from "./reports.rollups.js";

/** The last 12 months (local): the 11 whole months before this one, and this month so far. */
export function lastTwelveMonths(timeZone: string, now: Date) {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  return {
    from: today.startOf("month").minus({ months: 11 }).toISODate() as string,
    to: today.toISODate() as string,
    interval: "month" as const,
  };
}

/** Figures for the public performance page as of `now`, with service names in `language`. */
export async function publicPerformance(
  db: DbOrTx,
  timeZone: string,
  now: Date,
  language = "en",
): Promise<PublicPerformance> {
  const f = lastTwelveMonths(timeZone, now);
  const c = { f, tz: timeZone, scope: sql`true`, plan: await rollupPlan(db, timeZone) };
  const [names, openRows, closedBy, openMonths, closeMonths] = await Promise.all([
    catalogNames(db),
    openCounts(db, c),
    closedBreakdowns(db, c),
    seriesCounts(db, "opened", c),
    seriesCounts(db, "closed", c),
  ]);
  const openedBy = new Map<number, number>();
  for (const r of openRows) openedBy.set(r.s, (openedBy.get(r.s) ?? 0) + r.opened);
  const ids = [...new Set([...openedBy.keys(), ...closedBy.service.keys()])];
  const services = ids.map((id) => names.service.get(id));
  const codes = services.flatMap((s) => (s ? [s.code] : []));
  const groups = [...new Set(services.flatMap((s) => (s?.group ? [s.group] : [])))];
  const [serviceText, groupText] = await Promise.all([
    translationsFor(db, "service", codes, language),
    translationsFor(db, "service_group", groups, language),
  ]);
  const openedMonth = new Map(openMonths.map((r) => [r.b, r.n]));
  const closedMonth = new Map(closeMonths.map((r) => [r.b, r.n]));
  return {
    from: f.from,
    to: f.to,
    generatedAt: now.toISOString(),
    totals: {
      opened: openRows.reduce((n, r) => n + r.opened, 0),
      closed: closedBy.total.closed,
      onTimePct: closedBy.total.onTimePct,
      medianDays: closedBy.total.medianDays,
    },
    months: bucketLabels(f, timeZone).map((b) => ({
      month: b.slice(0, 7),
      opened: openedMonth.get(b) ?? 0,
      closed: closedMonth.get(b) ?? 0,
    })),
    services: ids
      .map((id) => {
        const s = names.service.get(id);
        const c = closedBy.service.get(id);
        return {
          code: s?.code ?? "?",
          name: (s && serviceText.get(s.code)?.get("name")) ?? s?.name ?? "Unknown service",
          group: (s?.group && groupText.get(s.group)?.get("name")) ?? s?.group ?? null,
          opened: openedBy.get(id) ?? 0,
          closed: c?.closed ?? 0,
          onTimePct: c?.onTimePct ?? null,
          medianDays: c?.medianDays ?? null,
        };
      })
      .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name)),
  };
}
