import { and, asc, eq, gte, lte } from "drizzle-orm";
import type {
  DepartmentHours,
  Holiday,
  HolidayCopyResult,
  HolidayInput,
  HoursPeriod,
} from "../../../common/contracts/calendar.js";
import { departments, holidays, workingHours } from "../../db/schema/index.js";
import type { StaffActor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { Clock } from "../../platform/clock.js";
import type { Db, DbOrTx } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FieldProblem } from "../../platform/http.js";
import { parseClock } from "./sla.calendar.js";
import { moveHoliday } from "./sla.holidays.js";

interface Deps {
  db: Db;
  actor: StaffActor;
  clock: Clock;
}

const DAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const hhmm = (t: string) => t.slice(0, 5);

function invalid(problems: FieldProblem[]): AppError {
  return new AppError(
    "validation_failed",
    problems.map((p) => `${p.field} ${p.message}`).join("; "),
    problems,
  );
}

async function department(db: DbOrTx, code: string) {
  const [d] = await db
    .select({ id: departments.id, code: departments.code, name: departments.name })
    .from(departments)
    .where(eq(departments.code, code));
  if (!d) throw notFound(`Department "${code}"`);
  return d;
}

/** A department's working week, by weekday and opening time. */
export async function getHours(db: DbOrTx, code: string): Promise<DepartmentHours> {
  const d = await department(db, code);
  const rows = await db
    .select({ weekday: workingHours.weekday, opens: workingHours.opens, closes: workingHours.closes })
    .from(workingHours)
    .where(eq(workingHours.departmentId, d.id))
    .orderBy(asc(workingHours.weekday), asc(workingHours.opens));
  return {
    department: { code: d.code, name: d.name },
    periods: rows.map((r) => ({ weekday: r.weekday, opens: hhmm(r.opens), closes: hhmm(r.closes) })),
    usingDefault: rows.length === 0,
  };
}

/** Opens before it closes, and no two periods of one day overlap; each problem names its period. */
export function hoursProblems(periods: HoursPeriod[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  periods.forEach((p, i) => {
    if (parseClock(p.opens) >= parseClock(p.closes))
      problems.push({
        field: `periods.${i}.closes`,
        message: `must be after the opening time (${DAYS[p.weekday]})`,
      });
  });
  const byDay = periods
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.weekday - b.weekday || parseClock(a.opens) - parseClock(b.opens));
  for (let k = 1; k < byDay.length; k++) {
    const prev = byDay[k - 1]!;
    const cur = byDay[k]!;
    if (prev.weekday === cur.weekday && parseClock(cur.opens) < parseClock(prev.closes))
      problems.push({
        field: `periods.${cur.i}.opens`,
        message: `overlaps ${prev.opens}–${prev.closes} on ${DAYS[cur.weekday]}`,
      });
  }
  return problems;
}

/** Replaces a department's week; due dates computed from now on use it (the calendar is read per request). */
export async function saveHours(deps: Deps, code: string, periods: HoursPeriod[]): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const d = await department(tx, code);
    const problems = hoursProblems(periods);
    if (problems.length) throw invalid(problems);
    const before = await getHours(tx, code);
    await tx.delete(workingHours).where(eq(workingHours.departmentId, d.id));
    if (periods.length)
      await tx.insert(workingHours).values(periods.map((p) => ({ departmentId: d.id, ...p })));
    await audit(
      tx,
      deps.actor,
      "working_hours.updated",
      "department",
      code,
      { before: before.periods, after: periods },
      deps.clock.now(),
    );
  });
}

/** The holidays of a year (or all of them), by date. */
export async function listHolidays(db: DbOrTx, year?: number): Promise<Holiday[]> {
  return db
    .select({ id: holidays.id, date: holidays.date, name: holidays.name })
    .from(holidays)
    .where(
      year === undefined
        ? undefined
        : and(gte(holidays.date, `${year}-01-01`), lte(holidays.date, `${year}-12-31`)),
    )
    .orderBy(asc(holidays.date));
}

async function dateTaken(tx: DbOrTx, date: string, id?: number): Promise<void> {
  const [other] = await tx
    .select({ id: holidays.id, name: holidays.name })
    .from(holidays)
    .where(eq(holidays.date, date));
  if (other && other.id !== id)
    throw invalid([{ field: "date", message: `is already a holiday (${other.name})` }]);
}

/** Adds or (with an id) changes a holiday. */
export async function saveHoliday(deps: Deps, input: HolidayInput, id?: number): Promise<Holiday> {
  return deps.db.transaction(async (tx) => {
    const [before] = id === undefined ? [] : await tx.select().from(holidays).where(eq(holidays.id, id));
    if (id !== undefined && !before) throw notFound("Holiday");
    await dateTaken(tx, input.date, id);
    const [row] =
      id === undefined
        ? await tx.insert(holidays).values(input).returning()
        : await tx.update(holidays).set(input).where(eq(holidays.id, id)).returning();
    await audit(
      tx,
      deps.actor,
      id === undefined ? "holiday.created" : "holiday.updated",
      "holiday",
      row!.id,
      { before: before ?? null, after: input },
      deps.clock.now(),
    );
    return row!;
  });
}

/** Deletes a holiday: the calendar is configuration; due dates already computed keep their value. */
export async function deleteHoliday(deps: Deps, id: number): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [before] = await tx.select().from(holidays).where(eq(holidays.id, id));
    if (!before) throw notFound("Holiday");
    await tx.delete(holidays).where(eq(holidays.id, id));
    await audit(tx, deps.actor, "holiday.deleted", "holiday", id, { before }, deps.clock.now());
  });
}

/** Copies a year's holidays to another year (floating holidays keep their weekday rule), skipping those already there. */
export async function copyHolidays(deps: Deps, fromYear: number, toYear: number): Promise<HolidayCopyResult> {
  if (fromYear === toYear) throw invalid([{ field: "toYear", message: "must differ from the year copied" }]);
  return deps.db.transaction(async (tx) => {
    const source = await listHolidays(tx, fromYear);
    if (!source.length) throw invalid([{ field: "fromYear", message: `has no holidays to copy` }]);
    const taken = await listHolidays(tx, toYear);
    const result: HolidayCopyResult = { added: [], skipped: [] };
    for (const h of source) {
      const moved = moveHoliday(h.date, h.name, toYear);
      if (!moved) {
        result.skipped.push({
          date: h.date,
          name: h.name,
          from: h.date,
          reason: "observed for another year's holiday",
        });
        continue;
      }
      const [onDate] = await tx
        .select({ name: holidays.name })
        .from(holidays)
        .where(eq(holidays.date, moved.date));
      const sameName = taken.find(
        (t) => t.name.replace(/\s*\(observed\)$/i, "") === moved.name.replace(/\s*\(observed\)$/i, ""),
      );
      if (onDate || sameName) {
        const reason = onDate
          ? `${moved.date} is already a holiday (${onDate.name})`
          : `already there on ${sameName!.date}`;
        result.skipped.push({ ...moved, from: h.date, reason });
        continue;
      }
      await tx.insert(holidays).values(moved);
      result.added.push({ ...moved, from: h.date });
    }
    await audit(
      tx,
      deps.actor,
      "holidays.copied",
      "holiday",
      null,
      { fromYear, toYear, added: result.added.length, skipped: result.skipped.length },
      deps.clock.now(),
    );
    return result;
  });
}
