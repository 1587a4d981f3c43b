import { DateTime } from "luxon";

/** Holidays held on a weekday of a month (third Monday of January…), recognised by name. */
const FLOATING =
  /martin luther king|\bmlk\b|presidents|washington's birthday|patriots|memorial|labou?r day|columbus|indigenous|thanksgiving/i;
const OBSERVED = /\s*\(observed\)\s*$/i;

/** Where a copied holiday lands in the target year, and the name it is shown with there. */
export interface MovedHoliday {
  date: string;
  name: string;
}

function nthWeekday(year: number, month: number, weekday: number, n: number | "last"): DateTime {
  if (n === "last") {
    let d = DateTime.utc(year, month, 1).endOf("month").startOf("day");
    while (d.weekday !== weekday) d = d.minus({ days: 1 });
    return d;
  }
  let d = DateTime.utc(year, month, 1);
  while (d.weekday !== weekday) d = d.plus({ days: 1 });
  return d.plus({ weeks: n - 1 });
}

/**
 * The date of a holiday in another year. Floating holidays keep their rule, read from the source date:
 * the nth weekday of the month (the last one for Memorial Day or a fifth week); "day after Thanksgiving"
 * follows Thanksgiving. Fixed dates keep month and day — an "(observed)" source is first taken back to
 * its real date — and a Saturday is observed on Friday, a Sunday on Monday. Null for an observed day that
 * stands for another year's holiday (31 December for next New Year's Day): that year's own copy has it.
 */
export function moveHoliday(sourceDate: string, name: string, toYear: number): MovedHoliday | null {
  const src = DateTime.fromISO(sourceDate, { zone: "utc" });
  const base = name.replace(OBSERVED, "");
  if (/after thanksgiving/i.test(base)) {
    const thanksgiving = nthWeekday(toYear, 11, 4, 4);
    return { date: thanksgiving.plus({ days: 1 }).toISODate()!, name: base };
  }
  if (FLOATING.test(base)) {
    const n = /memorial/i.test(base) || src.day > 28 ? "last" : Math.ceil(src.day / 7);
    return { date: nthWeekday(toYear, src.month, src.weekday, n).toISODate()!, name: base };
  }
  let real = src;
  if (OBSERVED.test(name)) {
    // An observed Friday stands for a Saturday, an observed Monday for a Sunday.
    if (src.weekday === 5) real = src.plus({ days: 1 });
    else if (src.weekday === 1) real = src.minus({ days: 1 });
  }
  if (real.year !== src.year) return null;
  // 29 February becomes the 28th in a common year.
  const target = DateTime.utc(
    toYear,
    real.month,
    Math.min(real.day, DateTime.utc(toYear, real.month).daysInMonth!),
  );
  if (target.weekday === 6)
    return { date: target.minus({ days: 1 }).toISODate()!, name: `${base} (observed)` };
  if (target.weekday === 7)
    return { date: target.plus({ days: 1 }).toISODate()!, name: `${base} (observed)` };
  return { date: target.toISODate()!, name: base };
}
