import { and, eq, sql } from "drizzle-orm";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callEvents,
  calls,
  constituents,
  contentTranslations,
  interactions,
  kbArticles,
  serviceRequests,
  serviceTypes,
  users,
} from "../../../db/schema/index.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { registerErrorHandling } from "../../../platform/http.js";
import {
  type StaffSessionCookies,
  signInAs,
  TEST_NOW,
  TEST_TWILIO_TOKEN,
  type TestCity,
  testCity,
} from "../../../test/app.js";
import { TWILIO_BASE, TWILIO_ROUTES, twilioRoutes } from "./twilio.routes.js";
import { twilioSignature } from "./twilio.signature.js";
import { checkTwiml, type TwimlContext } from "./twiml.checker.js";

let city: TestCity;
let op: StaffSessionCookies;
let operatorId: number;
const OP = "operator@civic311.example";
const CALLER = "+16175550142";
const CITY_NUMBER = "+16175550311";
const t = (seconds: number) => new Date(Date.parse(TEST_NOW) + seconds * 1000);

beforeAll(async () => {
  city = await testCity({ requests: 12, interactions: 5 });
  op = await signInAs(city.app, OP);
  const [row] = await city.database.db.select({ id: users.id }).from(users).where(eq(users.email, OP));
  operatorId = row!.id;
});
afterAll(() => city?.close());

/** Twilio, as the tests play it: a signed form post to the public URL of one of the adapter's routes. */
async function twilio(
  path: string,
  params: Record<string, string>,
  opts: { token?: string; signature?: string | null; signedUrl?: string } = {},
) {
  const full = opts.signedUrl ?? city.config.publicBaseUrl + path;
  const signature =
    opts.signature === null
      ? undefined
      : (opts.signature ?? twilioSignature(opts.token ?? TEST_TWILIO_TOKEN, full, Object.entries(params)));
  return city.app.inject({
    method: "POST",
    url: path,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(signature ? { "x-twilio-signature": signature } : {}),
    },
    payload: new URLSearchParams(params).toString(),
  });
}

/** Whether a URL in the TwiML is one of the adapter's routes, with only its own query parameters. */
function ours(url: string): boolean {
  const prefix = `${city.config.publicBaseUrl}${TWILIO_BASE}/`;
  if (!url.startsWith(prefix)) return false;
  const u = new URL(url);
  const route = u.pathname.slice(TWILIO_BASE.length + 1);
  if (!(TWILIO_ROUTES as readonly string[]).includes(route)) return false;
  for (const [k, v] of u.searchParams) {
    if (k === "lang" && (v === "en" || v === "es")) continue;
    if (k === "agent" && /^\d+$/.test(v)) continue;
    return false;
  }
  return true;
}

/** The response is TwiML Twilio documents, checked element by element; returns it. */
function twimlOf(res: Awaited<ReturnType<typeof twilio>>, context: TwimlContext = "call"): string {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toMatch(/^text\/xml/);
  expect(checkTwiml(res.body, { context, allowUrl: ours })).toEqual([]);
  return res.body;
}

/** The path of the first `attr="…"` (or Redirect text) in a document, to follow as Twilio would. */
function follow(
  xml: string,
  what: "Gather" | "Enqueue.waitUrl" | "Enqueue.action" | "Queue" | "Redirect",
): string {
  const unescapeXml = (s: string) => s.replaceAll("&amp;", "&");
  const patterns = {
    Gather: /<Gather[^>]* action="([^"]+)"/,
    "Enqueue.waitUrl": /<Enqueue[^>]* waitUrl="([^"]+)"/,
    "Enqueue.action": /<Enqueue[^>]* action="([^"]+)"/,
    Queue: /<Queue[^>]* url="([^"]+)"/,
    Redirect: /<Redirect[^>]*>([^<]+)<\/Redirect>/,
  };
  const m = patterns[what].exec(xml);
  expect(m, `${what} in ${xml}`).toBeTruthy();
  return unescapeXml(m![1]!).slice(city.config.publicBaseUrl.length);
}

const says = (xml: string) =>
  [...xml.matchAll(/<Say language="([^"]+)">([^<]*)<\/Say>/g)].map((m) => ({
    language: m[1]!,
    text: m[2]!.replaceAll("&apos;", "'").replaceAll("&amp;", "&").replaceAll("&quot;", '"'),
  }));

const callRow = async (sid: string) => {
  const [row] = await city.database.db
    .select()
    .from(calls)
    .where(and(eq(calls.source, "twilio"), eq(calls.externalId, sid)));
  return row;
};
const eventTypes = async (sid: string) => {
  const row = await callRow(sid);
  if (!row) return [];
  const list = await city.database.db
    .select({ type: callEvents.type })
    .from(callEvents)
    .where(eq(callEvents.callId, row.id))
    .orderBy(callEvents.id);
  return list.map((e) => e.type);
};

/** A call arrives: the voice webhook. */
const arrive = (sid: string, from = CALLER) =>
  twilio(`${TWILIO_BASE}/voice`, { CallSid: sid, From: from, To: CITY_NUMBER, CallStatus: "ringing" });
const press = (path: string, sid: string, digits: string, from = CALLER) =>
  twilio(path, { CallSid: sid, From: from, To: CITY_NUMBER, Digits: digits, CallStatus: "in-progress" });

describe("the menu", () => {
  it("greets an arriving caller, records the arrival, repeats once and then queues", async () => {
    city.clock.set(t(0));
    const xml = twimlOf(await arrive("CA-menu-1"));
    const spoken = says(xml).map((s) => s.text);
    expect(spoken[0]).toBe("Thank you for calling 311, your city's service line.");
    expect(spoken.filter((s) => s.startsWith("For City Hall hours, press 1."))).toHaveLength(2);
    expect(xml.match(/<Gather /g)).toHaveLength(2);
    expect(follow(xml, "Gather")).toBe(`${TWILIO_BASE}/menu?lang=en`);
    expect(follow(xml, "Redirect")).toBe(`${TWILIO_BASE}/operator?lang=en`);
    expect(xml).toContain('numDigits="1"');
    expect(xml).toContain('input="dtmf"');
    expect(await eventTypes("CA-menu-1")).toEqual(["arrived"]);
    expect(await callRow("CA-menu-1")).toMatchObject({ fromNumber: CALLER, toNumber: CITY_NUMBER });

    // Nothing pressed twice: Twilio follows the Redirect into the queue.
    const queued = twimlOf(await twilio(follow(xml, "Redirect"), { CallSid: "CA-menu-1", From: CALLER }));
    expect(queued).toContain(">311</Enqueue>");
    expect(await eventTypes("CA-menu-1")).toEqual(["arrived", "queued"]);
  });

  it("says sorry for a key that is not a choice and reads the menu again; no key is the menu again", async () => {
    await arrive("CA-menu-2");
    const sorry = says(twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-menu-2", "7")));
    expect(sorry[0]!.text).toMatch(/^Sorry/);
    expect(sorry.some((s) => s.text.startsWith("For City Hall hours"))).toBe(true);
    const again = twimlOf(await twilio(`${TWILIO_BASE}/menu?lang=en`, { CallSid: "CA-menu-2" }));
    expect(says(again)[0]!.text).toMatch(/^For City Hall hours/);
    expect(await eventTypes("CA-menu-2")).toEqual(["arrived"]);
  });
});

describe("press 1: City Hall's hours", () => {
  const db = () => city.database.db;
  const hoursFor = async (sid: string, lang: "en" | "es") => {
    const xml = twimlOf(await arrive(sid));
    const menu = lang === "es" ? twimlOf(await press(follow(xml, "Gather"), sid, "9")) : xml;
    const res = twimlOf(await press(follow(menu, "Gather"), sid, "1"));
    expect(follow(res, "Gather")).toBe(`${TWILIO_BASE}/menu?lang=${lang}`);
    return says(res);
  };

  it("reads the article's phone answer, in Spanish after 9 (the Spanish menu), then the menu again", async () => {
    const [article] = await db()
      .select({ phoneAnswer: kbArticles.phoneAnswer })
      .from(kbArticles)
      .where(eq(kbArticles.slug, "city-hall-hours"));
    const [spanish] = await db()
      .select({ text: contentTranslations.text })
      .from(contentTranslations)
      .where(
        and(
          eq(contentTranslations.entity, "article"),
          eq(contentTranslations.entityKey, "city-hall-hours"),
          eq(contentTranslations.field, "phoneAnswer"),
          eq(contentTranslations.language, "es"),
        ),
      );
    expect(article?.phoneAnswer, "the demo city has a phone answer").toBeTruthy();
    expect(spanish?.text, "and its Spanish translation").toBeTruthy();

    const en = await hoursFor("CA-hours-en", "en");
    expect(en[0]).toEqual({ language: "en-US", text: article!.phoneAnswer });
    expect(en[1]!.text).toMatch(/^For City Hall hours, press 1\./);
    expect(await callRow("CA-hours-en")).toMatchObject({ selfService: ["hours"], language: "en" });

    const es = await hoursFor("CA-hours-es", "es");
    expect(es[0]).toEqual({ language: "es-US", text: spanish!.text });
    expect(es.every((s) => s.language === "es-US")).toBe(true);
    expect(es[1]!.text).toMatch(/^Para el horario del Ayuntamiento, oprima 1\./);
    expect(await callRow("CA-hours-es")).toMatchObject({ selfService: ["hours"], language: "es" });
  });

  it("falls back to the English phone answer, read in English, when it has no Spanish one", async () => {
    const [article] = await db()
      .select({ phoneAnswer: kbArticles.phoneAnswer })
      .from(kbArticles)
      .where(eq(kbArticles.slug, "city-hall-hours"));
    await db()
      .delete(contentTranslations)
      .where(
        and(
          eq(contentTranslations.entity, "article"),
          eq(contentTranslations.entityKey, "city-hall-hours"),
          eq(contentTranslations.field, "phoneAnswer"),
        ),
      );
    const es = await hoursFor("CA-hours-es-fallback", "es");
    expect(es[0]).toEqual({ language: "en-US", text: article!.phoneAnswer });
    expect(es[1]!.language).toBe("es-US");
  });

  it("reads the public answer without Markdown, whole sentences within 600 characters, when it has no phone answer", async () => {
    await db().update(kbArticles).set({ phoneAnswer: null }).where(eq(kbArticles.slug, "city-hall-hours"));
    const [en] = await hoursFor("CA-hours-public-en", "en");
    expect(en!.language).toBe("en-US");
    expect(en!.text).toMatch(/^Riverton City Hall, 1 City Hall Plaza, is open: Monday, Tuesday/);
    expect(en!.text).toContain("8:00 a.m. to 4:30 p.m.");
    expect(en!.text).not.toMatch(/\*|#|\[|\n/);
    expect(en!.text.length).toBeLessThanOrEqual(600);
    expect(en!.text).toMatch(/\.$/);
    // In Spanish, from the article's translated public answer.
    const [es] = await hoursFor("CA-hours-public-es", "es");
    expect(es!.language).toBe("es-US");
    expect(es!.text).toMatch(/^El Ayuntamiento de Riverton, 1 City Hall Plaza, abre:/);
    expect(es!.text).toContain("8:00 a.m. a 4:30 p.m.");
    expect(es!.text.length).toBeLessThanOrEqual(600);
  });
});

describe("press 2: a request's status", () => {
  /** A demo request with a resident who has a name, phone and email, and a Spanish service name. */
  async function demoRequest() {
    const rows = await city.database.db
      .select({
        number: serviceRequests.number,
        status: serviceRequests.status,
        address: serviceRequests.address,
        description: serviceRequests.description,
        service: serviceTypes.name,
        spanish: contentTranslations.text,
        firstName: constituents.firstName,
        lastName: constituents.lastName,
        phone: constituents.phone,
        email: constituents.email,
      })
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .innerJoin(constituents, eq(constituents.id, serviceRequests.constituentId))
      .innerJoin(
        contentTranslations,
        and(
          eq(contentTranslations.entity, "service"),
          eq(contentTranslations.entityKey, serviceTypes.code),
          eq(contentTranslations.field, "name"),
          eq(contentTranslations.language, "es"),
        ),
      )
      .where(
        sql`${constituents.firstName} is not null and ${constituents.lastName} is not null and ${constituents.phone} is not null and ${constituents.email} is not null and ${serviceRequests.status} <> 'closed'`,
      )
      .limit(1);
    expect(rows, "the demo city has a request from a named resident with a translated service").toHaveLength(
      1,
    );
    return rows[0]!;
  }

  const STATUS_EN: Record<string, string> = {
    new: "Received",
    acknowledged: "Seen by the department",
    in_progress: "Being worked on",
    on_hold: "On hold",
  };
  const STATUS_ES: Record<string, string> = {
    new: "Recibida",
    acknowledged: "Vista por el departamento",
    in_progress: "En curso",
    on_hold: "En espera",
  };

  function nothingPersonal(xml: string, req: Awaited<ReturnType<typeof demoRequest>>) {
    const lower = xml.toLowerCase();
    for (const secret of [req.firstName, req.lastName, req.email, req.phone, req.address, req.description])
      if (secret && secret.length > 2) expect(lower).not.toContain(secret.toLowerCase());
    const digits = req.phone!.replace(/\D/g, "");
    expect(xml.replace(/\D/g, "")).not.toContain(digits.slice(-7));
  }

  it("reads the service, the status in words and the last update, nothing personal (English)", async () => {
    const req = await demoRequest();
    const xml = twimlOf(await arrive("CA-status-en"));
    const prompt = twimlOf(await press(follow(xml, "Gather"), "CA-status-en", "2"));
    expect(says(prompt)[0]!.text).toBe("Enter the numbers of your tracking number, then press pound.");
    expect(prompt).toContain('finishOnKey="#"');
    expect(follow(prompt, "Gather")).toBe(`${TWILIO_BASE}/status?lang=en`);
    const res = twimlOf(await press(follow(prompt, "Gather"), "CA-status-en", req.number));
    const spoken = says(res).map((s) => s.text);
    expect(spoken[0]).toBe(`Request number ${req.number.split("").join(" ")}: ${req.service}.`);
    expect(spoken[1]).toMatch(new RegExp(`^Status: ${STATUS_EN[req.status]}\\. `));
    expect(spoken[2]).toMatch(/^Last updated: \w+day, \w+ \d{1,2}, \d{4}\.$/);
    nothingPersonal(res, req);
    expect(await callRow("CA-status-en")).toMatchObject({ selfService: ["status"] });
  });

  it("reads it in Spanish with the Spanish service name", async () => {
    const req = await demoRequest();
    await arrive("CA-status-es");
    const res = twimlOf(await press(`${TWILIO_BASE}/status?lang=es`, "CA-status-es", req.number));
    const spoken = says(res);
    expect(spoken.every((s) => s.language === "es-US")).toBe(true);
    expect(spoken[0]!.text).toBe(`Solicitud número ${req.number.split("").join(" ")}: ${req.spanish}.`);
    expect(spoken[1]!.text).toMatch(new RegExp(`^Estado: ${STATUS_ES[req.status]}\\. `));
    expect(spoken[2]!.text).toMatch(/^Última actualización: /);
    nothingPersonal(res, req);
    expect(await callRow("CA-status-es")).toMatchObject({ selfService: ["status"], language: "es" });
  });

  it("lets one caller hear the hours and then a status, and records both", async () => {
    const req = await demoRequest();
    const xml = twimlOf(await arrive("CA-both"));
    const hours = twimlOf(await press(follow(xml, "Gather"), "CA-both", "1"));
    const prompt = twimlOf(await press(follow(hours, "Gather"), "CA-both", "2"));
    // Nothing typed: back to the menu.
    expect(follow(prompt, "Redirect")).toBe(`${TWILIO_BASE}/menu?lang=en`);
    twimlOf(await press(follow(prompt, "Gather"), "CA-both", req.number));
    expect(await callRow("CA-both")).toMatchObject({ selfService: ["hours", "status"] });
    expect(await eventTypes("CA-both")).toEqual(["arrived", "menu", "menu"]);
  });

  it("says so for a number no request has, records nothing, and reads the menu again", async () => {
    await arrive("CA-status-none");
    const res = twimlOf(await press(`${TWILIO_BASE}/status?lang=en`, "CA-status-none", "9999999"));
    expect(says(res)[0]!.text).toBe("We could not find a request with that number.");
    expect(follow(res, "Gather")).toBe(`${TWILIO_BASE}/menu?lang=en`);
    expect(await eventTypes("CA-status-none")).toEqual(["arrived"]);
  });
});

describe("press 0: the operator queue", () => {
  it("queues the caller, holds, and bridges them to the operator whose phone dials in", async () => {
    city.clock.set(t(1000));
    const xml = twimlOf(await arrive("CA-op-en"));
    city.clock.set(t(1008));
    const enq = twimlOf(await press(follow(xml, "Gather"), "CA-op-en", "0"));
    expect(follow(enq, "Enqueue.waitUrl")).toBe(`${TWILIO_BASE}/wait?lang=en`);
    expect(follow(enq, "Enqueue.action")).toBe(`${TWILIO_BASE}/queue-result?lang=en`);
    expect(await callRow("CA-op-en")).toMatchObject({ queuedAt: t(1008), language: "en" });

    const hold = twimlOf(
      await twilio(follow(enq, "Enqueue.waitUrl"), {
        CallSid: "CA-op-en",
        From: CALLER,
        QueuePosition: "1",
        QueueTime: "20",
        AvgQueueTime: "30",
      }),
      "wait",
    );
    expect(says(hold).map((s) => s.text)).toEqual([
      "All operators are helping other callers. Please stay on the line.",
    ]);
    expect(hold).not.toContain("<Gather");
    expect(hold).toMatch(/<Pause length="\d+"\/>/);

    // The operator's phone dials in (by email) and takes the next caller.
    const dial = twimlOf(
      await twilio(`${TWILIO_BASE}/agent?agent=${encodeURIComponent(OP)}`, {
        CallSid: "CA-agent-leg",
        From: "client:op",
      }),
    );
    expect(dial).toContain(">311</Queue></Dial>");
    expect(follow(dial, "Queue")).toBe(`${TWILIO_BASE}/dequeued?agent=${operatorId}`);
    city.clock.set(t(1053));
    const bridged = await twilio(follow(dial, "Queue"), {
      CallSid: "CA-op-en",
      QueueTime: "45",
      DequeueingCallSid: "CA-agent-leg",
      From: CALLER,
    });
    twimlOf(bridged, "dequeue");
    const row = await callRow("CA-op-en");
    expect(row).toMatchObject({
      answeredByUserId: operatorId,
      offeredToUserId: operatorId,
      queueSeconds: 45,
    });
    const [contact] = await city.database.db
      .select()
      .from(interactions)
      .where(eq(interactions.id, row!.interactionId!));
    expect(contact).toMatchObject({
      operatorUserId: operatorId,
      channel: "phone",
      externalCallId: "CA-op-en",
    });
    expect(contact!.startedAt.toISOString()).toBe(t(1053).toISOString());
    expect(
      (await city.app.inject({ method: "GET", url: "/api/telephony/me", headers: op.headers })).json(),
    ).toMatchObject({ state: "on_call", callId: row!.id });

    // The parties hang up: the Enqueue action says "bridged"; the status callback repeats the end.
    city.clock.set(t(1200));
    const done = twimlOf(
      await twilio(follow(enq, "Enqueue.action"), {
        CallSid: "CA-op-en",
        QueueResult: "bridged",
        QueueTime: "45",
      }),
    );
    expect(done).toContain("<Hangup/>");
    city.clock.set(t(1205));
    twimlOf(await twilio(`${TWILIO_BASE}/status-callback`, { CallSid: "CA-op-en", CallStatus: "completed" }));
    expect(await eventTypes("CA-op-en")).toEqual(["arrived", "queued", "offered", "answered", "ended"]);
    expect((await callRow("CA-op-en"))!.endedAt).toEqual(t(1200));
  });

  it("holds in Spanish from the Spanish menu", async () => {
    await arrive("CA-op-es");
    const enq = twimlOf(await press(`${TWILIO_BASE}/menu?lang=es`, "CA-op-es", "0"));
    expect(follow(enq, "Enqueue.waitUrl")).toBe(`${TWILIO_BASE}/wait?lang=es`);
    const hold = twimlOf(
      await twilio(follow(enq, "Enqueue.waitUrl"), { CallSid: "CA-op-es", From: CALLER, QueueTime: "5" }),
      "wait",
    );
    expect(says(hold)).toEqual([
      {
        language: "es-US",
        text: "Todos los operadores están atendiendo a otras personas. Por favor, espere en la línea.",
      },
    ]);
    expect(await callRow("CA-op-es")).toMatchObject({ language: "es" });
  });

  it("records a caller who hangs up in the queue as abandoned, with Twilio's queue time", async () => {
    city.clock.set(t(2000));
    await arrive("CA-abandon");
    const enq = twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-abandon", "0"));
    city.clock.set(t(2075));
    const res = twimlOf(
      await twilio(follow(enq, "Enqueue.action"), {
        CallSid: "CA-abandon",
        QueueResult: "hangup",
        QueueTime: "73",
      }),
    );
    expect(res).toMatch(/<Response\/>$/);
    const row = await callRow("CA-abandon");
    expect(row).toMatchObject({ abandonedAt: t(2075), queueSeconds: 73, answeredAt: null });
    const [contact] = await city.database.db
      .select()
      .from(interactions)
      .where(eq(interactions.id, row!.interactionId!));
    expect(contact).toMatchObject({
      outcomes: ["abandoned"],
      operatorUserId: null,
      externalCallId: "CA-abandon",
    });
  });

  it("offers a callback after the city's wait, keeps the caller's place in the queue and lets them go", async () => {
    city.clock.set(t(3000));
    const from = "+16175550177";
    await arrive("CA-callback", from);
    const enq = twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-callback", "0", from));
    const hold = twimlOf(
      await twilio(follow(enq, "Enqueue.waitUrl"), { CallSid: "CA-callback", From: from, QueueTime: "125" }),
      "wait",
    );
    expect(says(hold).map((s) => s.text)).toContain(
      "To keep your place in line and have us call you back, press 1.",
    );
    expect(follow(hold, "Gather")).toBe(`${TWILIO_BASE}/callback?lang=en`);
    city.clock.set(t(3130));
    // Another key: back to waiting, nothing recorded.
    const other = twimlOf(await press(follow(hold, "Gather"), "CA-callback", "5", from), "wait");
    expect(follow(other, "Redirect")).toBe(`${TWILIO_BASE}/wait?lang=en`);
    const leave = twimlOf(await press(follow(hold, "Gather"), "CA-callback", "1", from), "wait");
    expect(leave).toMatch(/<Response><Leave\/><\/Response>$/);
    const queue = await city.app.inject({ method: "GET", url: "/api/telephony/queue", headers: op.headers });
    expect(queue.statusCode).toBe(200);
    const row = await callRow("CA-callback");
    const entry = (
      queue.json().queue as { callId: number; kind: string; number: string; queuedAt: string }[]
    ).find((e) => e.callId === row!.id);
    expect(entry).toMatchObject({ kind: "callback", number: from, queuedAt: t(3000).toISOString() });
    const bye = twimlOf(
      await twilio(follow(enq, "Enqueue.action"), {
        CallSid: "CA-callback",
        QueueResult: "leave",
        QueueTime: "130",
      }),
    );
    expect(says(bye).map((s) => s.text)).toEqual([
      "Thank you. We will call you back at this number. Goodbye.",
    ]);
    expect(bye).toContain("<Hangup/>");
    expect(await callRow("CA-callback")).toMatchObject({
      callbackRequestedAt: t(3130),
      callbackNumber: from,
      abandonedAt: null,
    });
  });

  it("does not offer a callback to a caller with no number to call back", async () => {
    const hold = twimlOf(
      await twilio(`${TWILIO_BASE}/wait?lang=en`, {
        CallSid: "CA-anon",
        From: "anonymous",
        QueueTime: "500",
      }),
      "wait",
    );
    expect(hold).not.toContain("<Gather");
    const noFrom = twimlOf(
      await twilio(`${TWILIO_BASE}/wait?lang=en`, { CallSid: "CA-nofrom", QueueTime: "500" }),
      "wait",
    );
    expect(noFrom).not.toContain("<Gather");
  });

  it("refuses a body that is not a form: the signature covers only a form's parameters", async () => {
    const path = `${TWILIO_BASE}/status-callback`;
    const res = await city.app.inject({
      method: "POST",
      url: path,
      headers: {
        "content-type": "application/json",
        "x-twilio-signature": twilioSignature(TEST_TWILIO_TOKEN, city.config.publicBaseUrl + path, []),
      },
      payload: JSON.stringify({ CallSid: "CA-json", CallStatus: "completed" }),
    });
    expect(res.statusCode).toBe(403);
    expect(await callRow("CA-json")).toBeUndefined();
  });

  it("says goodbye and hangs up when the queue fails the caller", async () => {
    await arrive("CA-full");
    const res = twimlOf(
      await twilio(`${TWILIO_BASE}/queue-result?lang=en`, { CallSid: "CA-full", QueueResult: "queue-full" }),
    );
    expect(says(res).map((s) => s.text)).toEqual(["Thank you for calling 311. Goodbye."]);
    expect(res).toContain("<Hangup/>");
    expect(await eventTypes("CA-full")).toEqual(["arrived", "ended"]);
  });

  it("hangs up on a phone that names no active operator", async () => {
    const res = twimlOf(await twilio(`${TWILIO_BASE}/agent?agent=nobody%40example.com`, { CallSid: "CA-x" }));
    expect(res).toContain("<Hangup/>");
    expect(res).not.toContain("<Dial");
  });
});

describe("Twilio's signature and retries", () => {
  it("refuses a forged, missing or misplaced signature with 403 and records nothing", async () => {
    const params = { CallSid: "CA-forged", From: CALLER, To: CITY_NUMBER };
    const forged = await twilio(`${TWILIO_BASE}/voice`, params, { token: "not-the-city-token-0123456789" });
    expect(forged.statusCode).toBe(403);
    expect(forged.headers["content-type"]).not.toMatch(/xml/);
    expect(forged.json().error.code).toBe("forbidden");
    expect((await twilio(`${TWILIO_BASE}/voice`, params, { signature: null })).statusCode).toBe(403);
    // Signed for another route (a replay of a real signature elsewhere).
    const elsewhere = await twilio(`${TWILIO_BASE}/voice`, params, {
      signedUrl: `${city.config.publicBaseUrl}${TWILIO_BASE}/menu?lang=en`,
    });
    expect(elsewhere.statusCode).toBe(403);
    // A parameter changed after signing.
    const sig = twilioSignature(
      TEST_TWILIO_TOKEN,
      `${city.config.publicBaseUrl}${TWILIO_BASE}/voice`,
      Object.entries(params),
    );
    const tampered = await twilio(
      `${TWILIO_BASE}/voice`,
      { ...params, From: "+15555550100" },
      { signature: sig },
    );
    expect(tampered.statusCode).toBe(403);
    for (const route of ["queue-result?lang=en", "dequeued?agent=1", "status-callback"]) {
      const res = await twilio(
        `${TWILIO_BASE}/${route}`,
        { CallSid: "CA-forged", QueueResult: "hangup" },
        {
          signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        },
      );
      expect(res.statusCode, route).toBe(403);
    }
    expect(await callRow("CA-forged")).toBeUndefined();
  });

  it("answers a retried webhook with the same TwiML and records its event once", async () => {
    city.clock.set(t(4000));
    const first = twimlOf(await arrive("CA-retry"));
    city.clock.set(t(4003));
    const second = twimlOf(await arrive("CA-retry"));
    expect(second).toBe(first);
    const hours1 = twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-retry", "1"));
    const hours2 = twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-retry", "1"));
    expect(hours2).toBe(hours1);
    const q1 = twimlOf(
      await twilio(`${TWILIO_BASE}/queue-result?lang=en`, {
        CallSid: "CA-retry",
        QueueResult: "hangup",
        QueueTime: "9",
      }),
    );
    const q2 = twimlOf(
      await twilio(`${TWILIO_BASE}/queue-result?lang=en`, {
        CallSid: "CA-retry",
        QueueResult: "hangup",
        QueueTime: "9",
      }),
    );
    expect(q2).toBe(q1);
    expect(await eventTypes("CA-retry")).toEqual(["arrived", "menu", "abandoned"]);
    expect((await callRow("CA-retry"))!.arrivedAt).toEqual(t(4000));
    const abandonedContacts = await city.database.db
      .select({ id: interactions.id })
      .from(interactions)
      .where(eq(interactions.externalCallId, "CA-retry"));
    expect(abandonedContacts).toHaveLength(1);
  });

  it("answers 503 when no Twilio auth token is configured", async () => {
    const app = Fastify();
    registerErrorHandling(app);
    await app.register(twilioRoutes, {
      db: null as unknown as Db,
      clock: { now: () => new Date(TEST_NOW) } as Clock,
      timeZone: "America/New_York",
      authToken: undefined,
      publicBaseUrl: "https://city.example",
    });
    const res = await app.inject({
      method: "POST",
      url: `${TWILIO_BASE}/voice`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "CallSid=CA1",
    });
    expect(res.statusCode).toBe(503);
    expect(res.json().error.code).toBe("unavailable");
    await app.close();
  });
});

describe("the menu is the city's configuration", () => {
  it("reads the city's own words, escaped for XML", async () => {
    const { DEFAULT_PHONE_SETTINGS } = await import("../../../../common/contracts/telephony.js");
    const { writePhoneSettings } = await import("../phone-settings.js");
    const greeting = `Welcome to Riverton's 311 & "City" <services>.`;
    await writePhoneSettings(
      city.database.db,
      {
        ...DEFAULT_PHONE_SETTINGS,
        menu: {
          en: { ...DEFAULT_PHONE_SETTINGS.menu.en, greeting, options: "Press 1, 2 or 0." },
          es: { ...DEFAULT_PHONE_SETTINGS.menu.es!, options: "Oprima 1, 2 o 0." },
        },
      },
      t(5000),
    );
    const xml = twimlOf(await arrive("CA-config"));
    expect(xml).toContain("Welcome to Riverton&apos;s 311 &amp; &quot;City&quot; &lt;services&gt;.");
    expect(says(xml).map((s) => s.text)).toEqual([
      `Welcome to Riverton's 311 & "City" &lt;services&gt;.`,
      "Press 1, 2 or 0.",
      "Press 1, 2 or 0.",
    ]);
    // A number of its own can start in Spanish.
    const es = twimlOf(
      await twilio(`${TWILIO_BASE}/voice?lang=es`, { CallSid: "CA-config-es", From: CALLER }),
    );
    expect(says(es).map((s) => s.text)).toEqual([
      "Gracias por llamar al 311, la línea de servicios de su ciudad.",
      "Oprima 1, 2 o 0.",
      "Oprima 1, 2 o 0.",
    ]);
    expect(follow(es, "Gather")).toBe(`${TWILIO_BASE}/menu?lang=es`);
  });
});

describe("a city without a Spanish menu", () => {
  it("does not offer 9: the key is not a choice and the caller stays in English", async () => {
    const { DEFAULT_PHONE_SETTINGS } = await import("../../../../common/contracts/telephony.js");
    const { writePhoneSettings } = await import("../phone-settings.js");
    await writePhoneSettings(
      city.database.db,
      {
        ...DEFAULT_PHONE_SETTINGS,
        menu: { en: { ...DEFAULT_PHONE_SETTINGS.menu.en, options: "Press 1, 2 or 0." } },
      },
      t(6000),
    );
    await arrive("CA-no-es");
    const xml = twimlOf(await press(`${TWILIO_BASE}/menu?lang=en`, "CA-no-es", "9"));
    const said = says(xml);
    expect(said[0]!.text).toMatch(/^Sorry/);
    expect(said.every((s) => s.language === "en-US")).toBe(true);
    expect(follow(xml, "Gather")).toBe(`${TWILIO_BASE}/menu?lang=en`);
    // A Spanish-only number falls back to the English menu rather than a missing one.
    const es = twimlOf(await twilio(`${TWILIO_BASE}/voice?lang=es`, { CallSid: "CA-no-es-2", From: CALLER }));
    expect(says(es)[1]!.text).toBe("Press 1, 2 or 0.");
    await writePhoneSettings(city.database.db, DEFAULT_PHONE_SETTINGS, t(6001));
  });
});
