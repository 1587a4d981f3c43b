import { eq, sql } from "drizzle-orm";
import type { Channel } from "../../../../common/channels.js";
import type { CloseReason } from "../../../../common/statuses.js";
import { createRequest } from "../../../modules/requests/index.js";
import type { Actor } from "../../../platform/actor.js";
import { fixedClock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import {
  interactionArticles,
  interactionRequests,
  interactions,
  kbArticles,
  serviceRequests,
  surveyResponses,
} from "../../schema/index.js";
import { type PhoneContact, seedCallHistory } from "./calls.js";
import type { CityRefs, DemoQuestion } from "./catalog.js";
import { articles } from "./content/articles.js";
import { firstNames, lastNames } from "./content/streets.js";
import { advance } from "./lifecycle.js";
import { describe } from "./phrases.js";
import { Random } from "./random.js";

const DAY = 86_400_000;
const CHANNELS: { c: Channel; w: number }[] = [
  { c: "phone", w: 56 },
  { c: "web", w: 22 },
  { c: "app", w: 9 },
  { c: "walk_in", w: 5 },
  { c: "email", w: 5 },
  { c: "open311", w: 3 },
];

/** A moment in the city's working rhythm: mostly weekdays, mostly daytime. */
function contactTime(rnd: Random, start: number, end: number): Date {
  for (;;) {
    const t = start + rnd.next() * (end - start);
    const d = new Date(t);
    const hourUtc = d.getUTCHours();
    const localHour = (hourUtc + 24 - 5) % 24;
    const weekend = [0, 6].includes(new Date(t - 5 * 3_600_000).getUTCDay());
    const p = (localHour >= 7 && localHour < 19 ? 1 : 0.08) * (weekend ? 0.35 : 1);
    if (rnd.chance(p)) return d;
  }
}

function answerFor(rnd: Random, q: DemoQuestion, when: Date): string | number | string[] | undefined {
  if (!q.required && rnd.chance(0.4)) return undefined;
  const keys = (q.values ?? []).map((v) => v.key);
  switch (q.datatype) {
    case "singlevaluelist":
      return rnd.pick(keys);
    case "multivaluelist":
      return [...new Set([rnd.pick(keys), rnd.pick(keys)])];
    case "number":
      return rnd.int(1, 6);
    case "datetime":
      return new Date(when.getTime() - rnd.int(1, 48) * 3_600_000).toISOString();
    case "string":
      return rnd.pick([
        "Near the corner",
        "In front of the house",
        "Across from the school",
        "By the bus stop",
        "Next to the driveway",
      ]);
    case "text":
      return rnd.pick([
        "It has been like this for about a week.",
        "Neighbors have noticed it too.",
        "It is getting worse after the rain.",
        "Please look at it soon; kids walk here.",
      ]);
  }
}

/**
 * Six months of service requests, made through the same commands staff use (with a clock set to the
 * past), then contacts that answered questions, transferred and referred callers.
 */
export async function seedHistory(
  db: Db,
  rnd: Random,
  cat: CityRefs,
  opts: {
    now: Date;
    requests: number;
    interactions: number;
    timeZone: string;
    onProgress?: ((done: number, total: number) => void) | undefined;
    shouldStop?: (() => boolean) | undefined;
  },
) {
  const { now } = opts;
  const start = now.getTime() - 182 * DAY;
  const operators = cat.operators;
  const supervisor = cat.supervisors[0]!;
  const total = opts.requests + opts.interactions;
  const clock = fixedClock(now);
  const times = Array.from({ length: opts.requests }, () =>
    contactTime(rnd, start, now.getTime() - 20 * 60_000),
  ).sort((a, b) => a.getTime() - b.getTime());
  const interactionRows: (typeof interactions.$inferInsert & {
    requestId?: number;
    articleSlugs?: string[];
  })[] = [];
  let constituentsMade = 0;
  // Its own sequence, so adding survey answers left the rest of the history as it was.
  const surveyRnd = new Random(2027 + opts.requests);

  let made = 0;
  for (const [i, created] of times.entries()) {
    if (opts.shouldStop?.()) break;
    made++;
    const service = rnd.weighted(cat.services, (s) => s.weight);
    const channel = rnd.weighted(CHANNELS, (c) => c.w).c;
    const at = rnd.int(0, cat.addresses.length - 1);
    const addr = cat.addresses[at]!;
    const answers: Record<string, string | number | string[]> = {};
    for (const q of service.questions) {
      const v = answerFor(rnd, q, created);
      if (v !== undefined) answers[q.code] = v;
    }
    const operator = rnd.pick(operators);
    const byOperator = channel === "phone" || channel === "walk_in" || channel === "email";
    const actor: Actor = byOperator
      ? operator
      : channel === "open311"
        ? { kind: "system", label: "Open311 client: Riverton Fix-It app" }
        : { kind: "resident", constituentId: null, label: "Resident (online)" };
    const named = rnd.chance(byOperator ? 0.75 : 0.55);
    const first = rnd.pick(firstNames);
    const last = rnd.pick(lastNames);
    if (named) constituentsMade++;
    clock.set(created);
    const req = await createRequest(
      // The history is the past: its events notify nobody.
      { db, actor, clock, timeZone: opts.timeZone, jobs: null },
      {
        serviceCode: service.code,
        description: describe(rnd, service, addr.streetName),
        answers,
        location: { addressId: addr.id, address: addr.fullAddress, lat: addr.lat, lng: addr.lng },
        channel,
        constituent: named
          ? {
              firstName: first,
              lastName: last,
              phone: rnd.chance(0.8)
                ? `(555) ${rnd.int(200, 989)}-${String(rnd.int(0, 9999)).padStart(4, "0")}`
                : undefined,
              email: rnd.chance(0.5)
                ? `${first}.${last}${rnd.int(1, 99)}@mail.example`.toLowerCase().replace(/[^a-z0-9.@]/g, "")
                : undefined,
            }
          : undefined,
      },
    );
    if (byOperator) {
      const handle = rnd.int(90, 420) * 1000;
      interactionRows.push({
        channel,
        operatorUserId: operator.userId,
        startedAt: new Date(created.getTime() - handle * 0.7),
        endedAt: new Date(created.getTime() + handle * 0.3),
        outcomes: ["request_created"],
        requestId: req.id,
      });
    }
    const closed = await advance(
      db,
      rnd,
      req,
      created,
      now,
      cat.teams.get(req.departmentId) ?? [],
      supervisor,
      clock,
      opts.timeZone,
    );
    if (closed) await answerSurvey(db, surveyRnd, req.id, closed, now);
    opts.onProgress?.(i + 1, total);
  }

  // Contacts that did not create a request: answered, transferred, referred, abandoned.
  const stopped = made < times.length;
  const deptCodes = [...cat.deptIds.keys()];
  const agencyCodes = [...cat.agencyIds.keys()];
  const others = stopped ? 0 : Math.max(0, opts.interactions - interactionRows.length);
  for (let i = 0; i < others; i++) {
    const started = contactTime(rnd, start, now.getTime() - 5 * 60_000);
    const handle = rnd.int(45, 360) * 1000;
    const roll = rnd.next();
    const channel: Channel = rnd.weighted(
      [
        { c: "phone" as Channel, w: 82 },
        { c: "walk_in" as Channel, w: 8 },
        { c: "email" as Channel, w: 6 },
        { c: "chat" as Channel, w: 4 },
      ],
      (c) => c.w,
    ).c;
    const base = {
      channel,
      operatorUserId: rnd.pick(operators).userId,
      startedAt: started,
      endedAt: new Date(started.getTime() + handle),
    };
    if (roll < 0.03 && channel === "phone") {
      interactionRows.push({
        ...base,
        operatorUserId: null,
        endedAt: new Date(started.getTime() + rnd.int(10, 120) * 1000),
        outcomes: ["abandoned"],
      });
    } else if (roll < 0.72) {
      const a = rnd.pick(articles);
      interactionRows.push({
        ...base,
        outcomes: a.agencyCode ? ["answered", "referred"] : ["answered"],
        referralAgencyId: a.agencyCode ? cat.agencyIds.get(a.agencyCode) : null,
        articleSlugs: [a.slug],
      });
    } else if (roll < 0.86) {
      interactionRows.push({
        ...base,
        outcomes: ["transferred"],
        transferDepartmentId: cat.deptIds.get(rnd.pick(deptCodes))!,
      });
    } else {
      interactionRows.push({
        ...base,
        outcomes: ["referred"],
        referralAgencyId: cat.agencyIds.get(rnd.pick(agencyCodes))!,
      });
    }
    if (i % 250 === 0) opts.onProgress?.(opts.requests + i, total);
  }
  interactionRows.sort((a, b) => (a.startedAt as Date).getTime() - (b.startedAt as Date).getTime());
  const phoneContacts: PhoneContact[] = [];
  for (let i = 0; i < interactionRows.length; i += 500) {
    const chunk = interactionRows.slice(i, i + 500);
    const ids = await db
      .insert(interactions)
      .values(chunk.map(({ requestId: _r, articleSlugs: _a, ...row }) => row))
      .returning({ id: interactions.id });
    const links = chunk.flatMap((row, k) =>
      row.requestId ? [{ interactionId: ids[k]!.id, requestId: row.requestId, relation: "created" }] : [],
    );
    const used = chunk.flatMap((row, k) =>
      (row.articleSlugs ?? []).map((slug) => ({
        interactionId: ids[k]!.id,
        articleId: cat.articleIds.get(slug)!,
      })),
    );
    chunk.forEach((row, k) => {
      if (row.channel === "phone")
        phoneContacts.push({
          id: ids[k]!.id,
          startedAt: row.startedAt as Date,
          endedAt: (row.endedAt as Date | null) ?? null,
          operatorUserId: row.operatorUserId ?? null,
          abandoned: (row.outcomes ?? []).includes("abandoned"),
        });
    });
    if (links.length) await db.insert(interactionRequests).values(links);
    if (used.length) await db.insert(interactionArticles).values(used);
  }
  await db.execute(
    sql`update ${kbArticles} set use_count = (select count(*) from ${interactionArticles} ia where ia.article_id = ${kbArticles.id})`,
  );
  // Its own sequence: the calls behind the phone contacts leave the rest of the history as it was.
  await seedCallHistory(db, new Random(911 + opts.requests), phoneContacts, opts);
  opts.onProgress?.(total, total);
  return { requests: made, interactions: interactionRows.length, constituents: constituentsMade, stopped };
}

const RATINGS_FIXED = [3, 4, 10, 33, 50];
const RATINGS_OTHER = [20, 20, 25, 20, 15];

/** About a third of the residents who can be asked answer the survey, a few hours to three days after. */
async function answerSurvey(
  db: Db,
  rnd: Random,
  requestId: number,
  closed: { at: Date; reason: CloseReason },
  now: Date,
) {
  if (!rnd.chance(0.35)) return;
  const at = new Date(closed.at.getTime() + rnd.int(1, 72) * 3_600_000);
  if (at >= now) return;
  const [row] = await db
    .select({ constituentId: serviceRequests.constituentId })
    .from(serviceRequests)
    .where(eq(serviceRequests.id, requestId));
  if (!row?.constituentId) return;
  const weights = closed.reason === "fixed" ? RATINGS_FIXED : RATINGS_OTHER;
  const rating = rnd.weighted([1, 2, 3, 4, 5], (r) => weights[r - 1] ?? 0);
  await db
    .insert(surveyResponses)
    .values({ requestId, constituentId: row.constituentId, rating, createdAt: at, updatedAt: at });
}
