import { DateTime } from "luxon";
import type { SlaUnit } from "../../../common/channels.js";

/** Minutes after local midnight. */
type Span = { opens: number; closes: number };

/** A department's business calendar in the city's time zone. Weekday 1 = Monday … 7 = Sunday. */
export interface BusinessCalendar {
  timeZone: string;
  hours: ReadonlyMap<number, readonly Span[]>;
  /** ISO dates (local) on which no business time elapses. */
  holidays: ReadonlySet<string>;
}

export interface Sla {
  value: number;
  unit: SlaUnit;
}

/** Used when a department has no working hours configured: Monday–Friday, 8:00 to 17:00. */
export const DEFAULT_HOURS: ReadonlyMap<number, readonly Span[]> = new Map(
  [1, 2, 3, 4, 5].map((d) => [d, [{ opens: 8 * 60, closes: 17 * 60 }]]),
);

/** Parses "HH:MM" or "HH:MM:SS" into minutes after midnight; "23:59" means the end of the day. */
export function parseClock(value: string): number {
  const [h, m] = value.split(":").map(Number);
  const minutes = (h ?? 0) * 60 + (m ?? 0);
  return minutes >= 23 * 60 + 59 ? 24 * 60 : minutes;
}

/** Builds a calendar from rows of working hours and holiday dates. */
export function buildCalendar(
  timeZone: string,
  rows: { weekday: number; opens: string; closes: string }[],
  holidayDates: Iterable<string>,
): BusinessCalendar {
  const hours = new Map<number, Span[]>();
  for (const r of rows) {
    const list = hours.get(r.weekday) ?? [];
    list.push({ opens: parseClock(r.opens), closes: parseClock(r.closes) });
    hours.set(r.weekday, list);
  }
  for (const list of hours.values()) list.sort((a, b) => a.opens - b.opens);
  return { timeZone, hours: hours.size > 0 ? hours : DEFAULT_HOURS, holidays: new Set(holidayDates) };
}

const MAX_DAYS = 3660;

function spansOn(day: DateTime, cal: BusinessCalendar): readonly Span[] {
  if (cal.holidays.has(day.toISODate() ?? "")) return [];
  return cal.hours.get(day.weekday) ?? [];
}

function at(day: DateTime, minutes: number): DateTime {
  // Setting wall-clock time through luxon resolves DST gaps and overlaps in the city's zone.
  return minutes >= 24 * 60
    ? day.plus({ days: 1 }).startOf("day")
    : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** Adds business hours: only working time on non-holidays counts. */
function addBusinessHours(start: DateTime, hours: number, cal: BusinessCalendar): DateTime {
  let remaining = hours * 60;
  let day = start.startOf("day");
  for (let i = 0; i < MAX_DAYS; i++, day = day.plus({ days: 1 }).startOf("day")) {
    for (const span of spansOn(day, cal)) {
      const opens = at(day, span.opens);
      const closes = at(day, span.closes);
      const from = start > opens ? start : opens;
      if (from >= closes) continue;
      const available = closes.diff(from, "minutes").minutes;
      if (available >= remaining) return from.plus({ minutes: remaining });
      remaining -= available;
    }
  }
  throw new Error("business calendar has no working time in ten years");
}

/** Adds business days: due at the close of the Nth working day after the day of the start. */
function addBusinessDays(start: DateTime, days: number, cal: BusinessCalendar): DateTime {
  let counted = 0;
  let day = start.startOf("day");
  for (let i = 0; i < MAX_DAYS; i++) {
    day = day.plus({ days: 1 }).startOf("day");
    const spans = spansOn(day, cal);
    if (spans.length === 0) continue;
    counted++;
    if (counted >= days) return at(day, spans[spans.length - 1]!.closes);
  }
  throw new Error("business calendar has no working day in ten years");
}

/** The due instant of an SLA counted from `start` on a business calendar. */
export function computeDueAt(start: Date, sla: Sla, cal: BusinessCalendar): Date {
  const local = DateTime.fromJSDate(start, { zone: cal.timeZone });
  if (sla.value <= 0) return start;
  switch (sla.unit) {
    case "business_hours":
      return addBusinessHours(local, sla.value, cal).toJSDate();
    case "business_days":
      return addBusinessDays(local, sla.value, cal).toJSDate();
    case "calendar_days":
      return local.plus({ days: sla.value }).toJSDate();
  }
}
