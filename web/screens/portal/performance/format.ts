import type { Language } from "../../../../common/languages.js";

/** The page's number, percent, day and month formats in the page's language; null figures become null. */
export function performanceFormats(language: Language) {
  const count = new Intl.NumberFormat(language);
  const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const longMonth = new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" });
  const shortMonth = new Intl.DateTimeFormat(language, { month: "short", year: "numeric", timeZone: "UTC" });
  const moment = new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" });
  // "2026-01" or "2026-01-15" as the first of that month, in UTC so no time zone moves it to another month.
  const monthDate = (iso: string) =>
    new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, 1));
  return {
    count: (n: number) => count.format(n),
    /** `onTimePct` is 0–100 with one decimal, as the API sends it. */
    percent: (pct: number | null) => (pct === null ? null : percent.format(pct / 100)),
    days: (d: number | null) => (d === null ? null : days.format(d)),
    /** "December 2025" of `2025-12` or `2025-12-01`. */
    month: (iso: string) => longMonth.format(monthDate(iso)),
    /** "Dec 2025", for the chart's axis. */
    shortMonth: (iso: string) => shortMonth.format(monthDate(iso)),
    moment: (iso: string) => moment.format(new Date(iso)),
  };
}

export type PerformanceFormats = ReturnType<typeof performanceFormats>;
