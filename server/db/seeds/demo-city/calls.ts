import { DateTime } from "luxon";
import type { Db } from "../../../platform/db.js";
import { calls } from "../../schema/index.js";
import type { Random } from "./random.js";

/** A phone contact of the demo history, after its insert. */
export interface PhoneContact {
  id: number;
  startedAt: Date;
  endedAt: Date | null;
  operatorUserId: number | null;
  abandoned: boolean;
}

/** Seconds a caller waited: most within half a minute, a long tail on busy mornings. */
function queueSeconds(rnd: Random, at: Date, timeZone: string): number {
  const hour = DateTime.fromJSDate(at, { zone: timeZone }).hour;
  const busy = hour >= 9 && hour < 12 ? 2 : 1;
  const roll = rnd.next();
  if (roll < 0.62) return rnd.int(2, 25);
  if (roll < 0.85) return rnd.int(26, 60 * busy);
  return rnd.int(61, 240 * busy);
}

const number = (rnd: Random) => `+1555${rnd.int(200, 989)}${String(rnd.int(0, 9999)).padStart(4, "0")}`;

/**
 * The calls behind the demo history's phone contacts, before today (today's calls are the live line's: the
 * wallboard starts each day empty): each answered contact was a call that arrived, heard the menu, waited in
 * the queue and was answered when the contact started; each abandoned contact a call that hung up in the queue.
 * About one call in six more heard City Hall's hours or a request's status in the menu and hung up. Its own
 * random sequence, so the rest of the history stays as it was.
 */
export async function seedCallHistory(
  db: Db,
  rnd: Random,
  contacts: readonly PhoneContact[],
  opts: { now: Date; timeZone: string },
): Promise<number> {
  const today = DateTime.fromJSDate(opts.now, { zone: opts.timeZone }).startOf("day").toJSDate();
  const rows: (typeof calls.$inferInsert)[] = [];
  for (const c of contacts) {
    if (c.startedAt >= today) continue;
    const menu = rnd.int(8, 30) * 1000;
    if (c.abandoned) {
      const queuedAt = c.startedAt;
      const abandonedAt = c.endedAt ?? new Date(queuedAt.getTime() + 60_000);
      rows.push({
        source: "demo",
        externalId: `DEMO-${c.id}`,
        fromNumber: number(rnd),
        toNumber: "311",
        arrivedAt: new Date(queuedAt.getTime() - menu),
        queuedAt,
        abandonedAt,
        endedAt: abandonedAt,
        queueSeconds: Math.round((abandonedAt.getTime() - queuedAt.getTime()) / 1000),
        interactionId: c.id,
        updatedAt: abandonedAt,
      });
      continue;
    }
    const wait = queueSeconds(rnd, c.startedAt, opts.timeZone);
    const queuedAt = new Date(c.startedAt.getTime() - wait * 1000);
    const talkEnd = c.endedAt
      ? new Date(c.startedAt.getTime() + (c.endedAt.getTime() - c.startedAt.getTime()) * 0.8)
      : null;
    rows.push({
      source: "demo",
      externalId: `DEMO-${c.id}`,
      fromNumber: number(rnd),
      toNumber: "311",
      arrivedAt: new Date(queuedAt.getTime() - menu),
      queuedAt,
      offeredAt: new Date(c.startedAt.getTime() - 2000),
      offeredToUserId: c.operatorUserId,
      answeredAt: c.startedAt,
      answeredByUserId: c.operatorUserId,
      endedAt: talkEnd,
      queueSeconds: wait,
      interactionId: c.id,
      updatedAt: talkEnd ?? c.startedAt,
    });
    if (rnd.chance(0.18)) {
      const arrivedAt = new Date(c.startedAt.getTime() + rnd.int(-3 * 3600, 3 * 3600) * 1000);
      if (arrivedAt >= today) continue;
      rows.push({
        source: "demo",
        externalId: `DEMO-IVR-${c.id}`,
        fromNumber: number(rnd),
        toNumber: "311",
        arrivedAt,
        endedAt: new Date(arrivedAt.getTime() + rnd.int(40, 110) * 1000),
        selfService: rnd.chance(0.7) ? ["hours"] : ["status"],
        language: rnd.chance(0.2) ? "es" : "en",
        updatedAt: arrivedAt,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 1000) await db.insert(calls).values(rows.slice(i, i + 1000));
  return rows.length;
}
