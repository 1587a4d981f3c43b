/** How the wallboard writes its figures: a dash for "nothing to measure yet", never a misleading zero. */

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** The service-level target the wallboard compares today's figure with (the industry's usual 80/30). */
export const SERVICE_LEVEL_TARGET = 80;

export const DASH = "—";

/** A count with thousands separators. */
export const count = (n: number) => whole.format(n);

/** A percentage with one decimal ("66.7%"), or a dash. */
export const percent = (n: number | null) => (n === null ? DASH : `${oneDecimal.format(n)}%`);

/** A mean wait in seconds: "22.5 s", "1 min 5 s", or a dash. */
export function seconds(n: number | null): string {
  if (n === null) return DASH;
  if (n < 60) return `${upToOneDecimal.format(n)} s`;
  const s = Math.round(n);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** A running time as a clock: "0:07", "12:30", "1:05:12"; a dash when null. */
export function clock(totalSeconds: number | null): string {
  if (totalSeconds === null) return DASH;
  const t = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = String(t % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${String(m).padStart(2, "0")}:${s}`;
}

/** A running time read aloud: "1 hour 5 minutes 12 seconds". */
export function spokenDuration(totalSeconds: number): string {
  const t = Math.max(0, Math.floor(totalSeconds));
  const parts: string[] = [];
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const s = t % 60;
  if (h) parts.push(`${h} hour${h === 1 ? "" : "s"}`);
  if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s || parts.length === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}

const timeOfDay = new Intl.DateTimeFormat(undefined, {
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A moment as "hh:mm:ss" in the browser's time (the wall's own). */
export const timeOfDayText = (at: number | string) => timeOfDay.format(new Date(at));

/** A local hour as "09:00". */
export const hourText = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
