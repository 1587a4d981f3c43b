import { eq, gte } from "drizzle-orm";
import { holidays, workingHours } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { type BusinessCalendar, buildCalendar } from "./sla.calendar.js";

/** Loads a department's calendar: its working hours and the city's holidays from a year before `from`. */
export async function loadCalendar(
  db: DbOrTx,
  departmentId: number,
  timeZone: string,
  from: Date,
): Promise<BusinessCalendar> {
  const since = new Date(from.getTime() - 366 * 86_400_000).toISOString().slice(0, 10);
  const [hours, days] = await Promise.all([
    db
      .select({ weekday: workingHours.weekday, opens: workingHours.opens, closes: workingHours.closes })
      .from(workingHours)
      .where(eq(workingHours.departmentId, departmentId)),
    db.select({ date: holidays.date }).from(holidays).where(gte(holidays.date, since)),
  ]);
  return buildCalendar(
    timeZone,
    hours,
    days.map((d) => d.date),
  );
}
