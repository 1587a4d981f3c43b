import { z } from "zod";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "must be a time such as 08:30");

/** One period of work on a weekday (1 = Monday … 7 = Sunday); a day may have several (a lunch break). */
export const hoursPeriod = z.object({
  weekday: z.number("must be a weekday").int().min(1, "must be 1 to 7").max(7, "must be 1 to 7"),
  opens: clock,
  closes: clock,
});
export type HoursPeriod = z.output<typeof hoursPeriod>;

/** Body of `PUT /api/admin/calendar/departments/:code/hours`: the whole week, replacing the current one. */
export const hoursInput = z.object({
  periods: z.array(hoursPeriod, "must be a list of periods").max(70, "must be at most 70 periods"),
});
export type HoursInput = z.output<typeof hoursInput>;

/** A department's week; `usingDefault` when it has none and Monday–Friday 8:00–17:00 applies. */
export interface DepartmentHours {
  department: { code: string; name: string };
  periods: HoursPeriod[];
  usingDefault: boolean;
}

/** One city holiday. */
export interface Holiday {
  id: number;
  date: string;
  name: string;
}

/** Body of `POST /api/admin/holidays` and `PUT /api/admin/holidays/:id`. */
export const holidayInput = z.object({
  date: z.iso.date("must be a date (YYYY-MM-DD)"),
  name: z.string("is required").trim().min(1, "is required").max(200, "must have at most 200 characters"),
});
export type HolidayInput = z.output<typeof holidayInput>;

/** Query of `GET /api/admin/holidays`. */
export const holidaysQuery = z.object({
  year: z.coerce.number().int().min(1900).max(2200).optional(),
});

const year = z.number("must be a year").int().min(1900, "must be a year").max(2200, "must be a year");

/** Body of `POST /api/admin/holidays/copy`. */
export const holidayCopyInput = z.object({ fromYear: year, toYear: year });

/** What a yearly copy added and what it left alone. */
export interface HolidayCopyResult {
  added: { date: string; name: string; from: string }[];
  skipped: { date: string; name: string; from: string; reason: string }[];
}
