import { DateTime } from "luxon";
import type { CloseReason } from "../../../../common/statuses.js";
import { assignRequest, changeStatus } from "../../../modules/requests/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import type { fixedClock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import type { Random } from "./random.js";

const DAY = 86_400_000;
const CLOSE: { r: CloseReason; w: number }[] = [
  { r: "fixed", w: 72 },
  { r: "no_action_needed", w: 9 },
  { r: "duplicate", w: 8 },
  { r: "referred", w: 4 },
  { r: "not_city_responsibility", w: 7 },
];

/**
 * Moves a request through a plausible life, each step by the owning department's staff at its time.
 * Returns when and why it was closed, if it was.
 */
export async function advance(
  db: DbOrTx,
  rnd: Random,
  req: { id: number; number: string; departmentId: number; dueAt: Date | null },
  created: Date,
  now: Date,
  team: StaffActor[],
  supervisor: StaffActor,
  clock: ReturnType<typeof fixedClock>,
  timeZone: string,
): Promise<{ at: Date; reason: CloseReason } | undefined> {
  const worker = team.length ? rnd.pick(team) : supervisor;
  const ageDays = (now.getTime() - created.getTime()) / DAY;
  const sla = req.dueAt ? (req.dueAt.getTime() - created.getTime()) / DAY : 5;
  let t = created.getTime();
  const step = async (hours: number, run: () => Promise<void>) => {
    t = duringWorkingHours(t + hours * 3_600_000 * (0.5 + rnd.next()), timeZone, rnd);
    if (t >= now.getTime() - 60_000) return false;
    clock.set(new Date(t));
    await run();
    return true;
  };
  const deps = { db, actor: worker, clock, timeZone, jobs: null };
  const closeProb = Math.min(0.97, ageDays / (sla * 1.6 + 1));
  if (rnd.chance(Math.min(0.95, ageDays * 2))) {
    if (!(await step(rnd.int(1, 20), () => changeStatus(deps, req.number, { status: "acknowledged" }))))
      return;
  } else return;
  if (rnd.chance(0.7)) {
    if (!(await step(rnd.int(1, 6), () => assignRequest(deps, req.number, worker.userId)))) return;
  }
  if (rnd.chance(Math.min(0.9, closeProb + 0.2))) {
    if (
      !(await step(sla * 24 * rnd.next() * 0.5, () =>
        changeStatus(deps, req.number, { status: "in_progress" }),
      ))
    )
      return;
  }
  if (rnd.chance(0.06)) {
    if (
      !(await step(rnd.int(4, 30), () =>
        changeStatus(deps, req.number, { status: "on_hold", note: "Waiting on a contractor / parts." }),
      ))
    )
      return;
    if (!(await step(rnd.int(24, 120), () => changeStatus(deps, req.number, { status: "in_progress" }))))
      return;
  }
  if (!rnd.chance(closeProb)) return;
  const reason = rnd.weighted(CLOSE, (c) => c.w).r;
  const late = rnd.chance(0.18) ? 1.5 + rnd.next() * 2 : 0.3 + rnd.next() * 0.6;
  const closed = await step(Math.max(1, sla * 24 * late), () =>
    changeStatus(deps, req.number, { status: "closed", closeReason: reason, note: closeNote(reason) }),
  );
  return closed ? { at: new Date(t), reason } : undefined;
}

/** Department staff work weekdays 7:00–17:00: moves an instant forward into the next such time. */
function duringWorkingHours(t: number, timeZone: string, rnd: Random): number {
  let d: DateTime = DateTime.fromMillis(t, { zone: timeZone });
  const morning = (day: DateTime) => day.set({ hour: 7, minute: rnd.int(0, 90), second: 0 });
  if (d.hour >= 17) d = morning(d.plus({ days: 1 }));
  else if (d.hour < 7) d = morning(d);
  while (d.weekday > 5) d = morning(d.plus({ days: 1 }));
  return d.toMillis();
}

function closeNote(reason: CloseReason): string {
  switch (reason) {
    case "fixed":
      return "Crew completed the work. Thank you for reporting it.";
    case "no_action_needed":
      return "Inspected: no action was needed at this time.";
    case "duplicate":
      return "This was already reported; we are tracking it on the earlier request.";
    case "referred":
      return "Referred to the responsible agency, which will follow up.";
    case "not_city_responsibility":
      return "This is on private or state property; the city cannot act on it. Details were given to the caller.";
  }
}
