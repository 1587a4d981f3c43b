import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  type CallEventInput,
  callEventInput,
  type MenuText,
  type PhoneSettings,
} from "../../../../common/contracts/telephony.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import { recordCallEvents, resolveAgents } from "../commands/record-call-event.js";
import { readPhoneSettings } from "../phone-settings.js";
import {
  FIXED_WORDS,
  hoursAnswer,
  type MenuLanguage,
  requestStatusSpeech,
  SAY_LANGUAGE,
} from "./twilio.ivr.js";
import { isTwilioSignatureValid, TWILIO_SIGNATURE_HEADER } from "./twilio.signature.js";
import { el, type TwimlElement, twiml } from "./twiml.js";

export interface TwilioDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Twilio's auth token, which signs its webhooks (X-Twilio-Signature); unset, the adapter answers 503. */
  authToken: string | undefined;
  /** The public base URL Twilio calls (the signature covers the full URL). */
  publicBaseUrl: string;
}

/** Where the adapter's webhooks live; every URL the TwiML hands back to Twilio is one of these routes. */
export const TWILIO_BASE = "/telephony/twilio";

/** The routes, by name (also what the TwiML checker in the tests accepts as action URLs). */
export const TWILIO_ROUTES = [
  "voice",
  "menu",
  "operator",
  "status",
  "wait",
  "callback",
  "queue-result",
  "agent",
  "dequeued",
  "status-callback",
] as const;
type RouteName = (typeof TWILIO_ROUTES)[number];

/** The Twilio queue callers wait in and operators dial. */
export const TWILIO_QUEUE = "311";

/** Seconds of silence between holding messages while a caller waits (the wait document then loops). */
const HOLD_PAUSE_SECONDS = 20;

/** Call statuses that mean the call is over (Twilio's status callback). */
const FINAL_STATUSES = new Set(["completed", "busy", "failed", "no-answer", "canceled"]);

/** Enqueue results that mean the queue failed the caller: say goodbye and hang up. */
const QUEUE_FAILURES = new Set(["queue-full", "error", "system-error", "system-shutdown"]);

type Params = [string, string][];
type TwilioRequest = FastifyRequest & { twilioParams?: Params };

/** A number that can be called back (Twilio sends "anonymous", "client:…" or short ids for some callers). */
const dialable = (n: string | undefined) =>
  !!n && /^\+?[\d\s().-]+$/.test(n) && n.replace(/\D/g, "").length >= 7 && n.length <= 40;

const seconds = (v: string | undefined) => {
  const n = Number.parseInt(v ?? "", 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), 86_400) : undefined;
};

/**
 * Twilio's voice webhooks (form-encoded POSTs, every one signed with X-Twilio-Signature over
 * PUBLIC_BASE_URL + the path and query; a missing or wrong signature is a 403, no TWILIO_AUTH_TOKEN a 503),
 * answered with TwiML (`text/xml`). Point the number's "A call comes in" webhook at `voice` and its status
 * callback at `status-callback`; operators' phones (or Twilio Client) dial into `agent`.
 *
 * - `POST /telephony/twilio/voice[?lang=es]`: a call arrives (records `arrived` with From and To) → the menu:
 *   a one-digit Gather holding the greeting and the options, once more with the options, then the queue
 *   (`?lang=es` starts in Spanish, for a number of its own).
 * - `POST /telephony/twilio/menu?lang=en|es`: the caller's choice (Digits). 1: City Hall's hours (the
 *   knowledge-base article `hoursArticle`, records `menu` "hours") then the menu; 2: the tracking number
 *   prompt → `status`; 0: the operator queue (records `queued`, `<Enqueue>`); 9: the Spanish menu (when the
 *   city has one); no digits: the menu again; anything else: "sorry" and the menu.
 * - `POST /telephony/twilio/operator?lang=`: into the operator queue (the menu's fallback when nothing is pressed).
 * - `POST /telephony/twilio/status?lang=`: the tracking number typed (Digits) → the request's service, status
 *   in words and last update, nothing personal (records `menu` "status"); unknown → "not found"; then the menu.
 * - `POST /telephony/twilio/wait?lang=` (Enqueue's waitUrl, looped while the caller waits; QueueTime): the
 *   holding message, the callback offer (press 1 → `callback`) once QueueTime ≥ `callbackOfferSeconds`, a pause.
 * - `POST /telephony/twilio/callback?lang=`: Digits 1 → records `callback_requested` (the caller's number)
 *   and `<Leave/>`s the queue; anything else → back to waiting.
 * - `POST /telephony/twilio/queue-result?lang=` (Enqueue's action; QueueResult, QueueTime): hangup → records
 *   `abandoned` with QueueTime; leave (a callback) → the confirmation and `<Hangup/>`; bridged → records `ended`;
 *   queue-full, error, system-error, system-shutdown → goodbye, `<Hangup/>`, records `ended`.
 * - `POST /telephony/twilio/agent?agent=<email or user id>`: an operator's phone takes the next caller:
 *   `<Dial><Queue url="…/dequeued?agent=<id>">311</Queue></Dial>`; an unknown operator hears so and is hung up on.
 * - `POST /telephony/twilio/dequeued?agent=<id>` (the Queue noun's url, for the caller about to be bridged;
 *   CallSid, QueueTime): records `offered` and `answered` for that operator with QueueTime → `<Response/>`
 *   (an operator no longer active: the caller is still connected, nothing recorded).
 * - `POST /telephony/twilio/status-callback`: CallStatus completed, busy, failed, no-answer or canceled →
 *   records `ended`.
 *
 * Twilio sends no event times: events are dated by the server's clock. A retried webhook gets the same TwiML
 * and records nothing twice (events are idempotent by CallSid and type).
 */
export async function twilioRoutes(app: FastifyInstance, deps: TwilioDeps): Promise<void> {
  // Twilio posts forms; the signature covers every parameter as sent (this plugin's parser only).
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string" },
    (request, body, done) => {
      const params: Params = [...new URLSearchParams(String(body))];
      (request as TwilioRequest).twilioParams = params;
      done(null, Object.fromEntries(params));
    },
  );

  app.addHook("preValidation", async (request) => {
    if (!deps.authToken)
      throw new AppError("unavailable", "The Twilio adapter is not configured (TWILIO_AUTH_TOKEN).");
    // Only a form's parameters are covered by the signature: any other body is refused, not read unsigned.
    if (request.body !== undefined && !(request as TwilioRequest).twilioParams)
      throw new AppError("forbidden", "Refused: Twilio posts application/x-www-form-urlencoded bodies only.");
    const header = request.headers[TWILIO_SIGNATURE_HEADER];
    const url = deps.publicBaseUrl + request.url;
    const params = (request as TwilioRequest).twilioParams ?? [];
    if (!isTwilioSignatureValid(deps.authToken, Array.isArray(header) ? header[0] : header, url, params))
      throw new AppError("forbidden", "Refused: the X-Twilio-Signature header is missing or wrong.");
  });

  const url = (route: RouteName, query: Record<string, string> = {}) => {
    const qs = new URLSearchParams(query).toString();
    return `${deps.publicBaseUrl}${TWILIO_BASE}/${route}${qs ? `?${qs}` : ""}`;
  };

  const param = (request: FastifyRequest, name: string): string | undefined => {
    const v = (request.body as Record<string, string> | undefined)?.[name];
    return typeof v === "string" && v.trim() ? v.trim() : undefined;
  };
  const callSid = (request: FastifyRequest) => {
    const sid = param(request, "CallSid");
    if (!sid || sid.length > 200)
      throw new AppError("validation_failed", "CallSid is required", [
        { field: "CallSid", message: "is required" },
      ]);
    return sid;
  };

  /** Records events in one transaction (all or none), dated now. */
  const record = async (...events: Omit<CallEventInput, "at">[]) => {
    const at = deps.clock.now().toISOString();
    const inputs = events.map((event) => callEventInput.parse({ ...event, at }));
    return recordCallEvents(deps, "twilio", await resolveAgents(deps.db, inputs));
  };

  const menuLanguage = (request: FastifyRequest, settings: PhoneSettings): MenuLanguage =>
    (request.query as { lang?: string }).lang === "es" && settings.menu.es ? "es" : "en";
  const wordsOf = (settings: PhoneSettings, lang: MenuLanguage): MenuText =>
    (lang === "es" ? settings.menu.es : undefined) ?? settings.menu.en;

  const say = (lang: MenuLanguage, text: string) => el("Say", { language: SAY_LANGUAGE[lang] }, text);
  const send = (reply: FastifyReply, ...verbs: TwimlElement[]) =>
    reply.type("text/xml; charset=utf-8").send(twiml(...verbs));

  /** The menu: a one-digit Gather (whatever comes first, then the options), once more, then the queue. */
  const menu = (lang: MenuLanguage, words: MenuText, first: TwimlElement[] = []): TwimlElement[] => {
    const gather = (...says: TwimlElement[]) =>
      el("Gather", { input: "dtmf", numDigits: 1, timeout: 6, action: url("menu", { lang }) }, ...says);
    return [
      gather(...first, say(lang, words.options)),
      gather(say(lang, words.options)),
      el("Redirect", { method: "POST" }, url("operator", { lang })),
    ];
  };

  const queue = async (request: FastifyRequest, reply: FastifyReply, lang: MenuLanguage) => {
    await record({ callId: callSid(request), type: "queued", language: lang });
    return send(
      reply,
      el("Enqueue", { waitUrl: url("wait", { lang }), action: url("queue-result", { lang }) }, TWILIO_QUEUE),
    );
  };

  const from = (request: FastifyRequest) => param(request, "From")?.slice(0, 40);

  app.post(`${TWILIO_BASE}/voice`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const words = wordsOf(settings, lang);
    const to = param(request, "To")?.slice(0, 40);
    await record({ callId: callSid(request), type: "arrived", from: from(request), to });
    return send(reply, ...menu(lang, words, [say(lang, words.greeting)]));
  });

  app.post(`${TWILIO_BASE}/menu`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const words = wordsOf(settings, lang);
    const digits = param(request, "Digits");
    const sid = callSid(request);
    if (!digits) return send(reply, ...menu(lang, words));
    if (digits === "1") {
      const hours = await hoursAnswer(deps.db, settings.hoursArticle, lang);
      if (!hours) return send(reply, ...menu(lang, words, [say(lang, FIXED_WORDS[lang].hoursUnavailable)]));
      await record({ callId: sid, type: "menu", option: "hours", language: lang });
      return send(reply, ...menu(lang, words, [say(hours.language, hours.text)]));
    }
    if (digits === "2")
      return send(
        reply,
        el(
          "Gather",
          { input: "dtmf", finishOnKey: "#", timeout: 10, action: url("status", { lang }) },
          say(lang, words.statusPrompt),
        ),
        el("Redirect", { method: "POST" }, url("menu", { lang })),
      );
    if (digits === "0") return queue(request, reply, lang);
    if (digits === "9" && lang === "en" && settings.menu.es) {
      const es = settings.menu.es;
      return send(reply, ...menu("es", es, [say("es", es.greeting)]));
    }
    return send(reply, ...menu(lang, words, [say(lang, FIXED_WORDS[lang].sorry)]));
  });

  app.post(`${TWILIO_BASE}/operator`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    return queue(request, reply, menuLanguage(request, settings));
  });

  app.post(`${TWILIO_BASE}/status`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const words = wordsOf(settings, lang);
    const sid = callSid(request);
    const number = (param(request, "Digits") ?? "").replace(/\D/g, "");
    const speech = number ? await requestStatusSpeech(deps.db, number, lang, deps.timeZone) : null;
    if (!speech) return send(reply, ...menu(lang, words, [say(lang, words.notFound)]));
    await record({ callId: sid, type: "menu", option: "status", language: lang });
    return send(
      reply,
      ...menu(
        lang,
        words,
        speech.map((s) => say(lang, s)),
      ),
    );
  });

  app.post(`${TWILIO_BASE}/wait`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const words = wordsOf(settings, lang);
    const waited = seconds(param(request, "QueueTime")) ?? 0;
    const caller = param(request, "From");
    const offer = waited >= settings.callbackOfferSeconds && dialable(caller);
    return send(
      reply,
      say(lang, words.holding),
      ...(offer
        ? [
            el(
              "Gather",
              { input: "dtmf", numDigits: 1, timeout: 5, action: url("callback", { lang }) },
              say(lang, words.callbackOffer),
            ),
          ]
        : []),
      el("Pause", { length: HOLD_PAUSE_SECONDS }),
    );
  });

  app.post(`${TWILIO_BASE}/callback`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const sid = callSid(request);
    if (param(request, "Digits") !== "1")
      return send(reply, el("Redirect", { method: "POST" }, url("wait", { lang })));
    const caller = param(request, "From");
    await record({
      callId: sid,
      type: "callback_requested",
      language: lang,
      ...(dialable(caller) ? { callbackNumber: caller } : {}),
    });
    return send(reply, el("Leave"));
  });

  app.post(`${TWILIO_BASE}/queue-result`, async (request, reply) => {
    const settings = await readPhoneSettings(deps.db);
    const lang = menuLanguage(request, settings);
    const words = wordsOf(settings, lang);
    const sid = callSid(request);
    const result = param(request, "QueueResult") ?? "error";
    const queueSeconds = seconds(param(request, "QueueTime"));
    if (result === "hangup") {
      await record({
        callId: sid,
        type: "abandoned",
        ...(queueSeconds !== undefined ? { queueSeconds } : {}),
      });
      return send(reply);
    }
    if (result === "leave") {
      await record({ callId: sid, type: "ended" });
      return send(reply, say(lang, words.callbackConfirmed), el("Hangup"));
    }
    if (result === "bridged" || QUEUE_FAILURES.has(result) || !isKnownResult(result)) {
      await record({ callId: sid, type: "ended" });
      return send(reply, say(lang, words.goodbye), el("Hangup"));
    }
    // redirected, redirected-from-bridged, bridging-in-process: the call goes on elsewhere.
    return send(reply);
  });

  app.post(`${TWILIO_BASE}/agent`, async (request, reply) => {
    const userId = await agentId((request.query as { agent?: string }).agent);
    if (userId === null)
      return send(
        reply,
        el("Say", { language: "en-US" }, "This phone is not linked to an active 311 operator. Goodbye."),
        el("Hangup"),
      );
    return send(
      reply,
      el("Dial", {}, el("Queue", { url: url("dequeued", { agent: String(userId) }) }, TWILIO_QUEUE)),
    );
  });

  app.post(`${TWILIO_BASE}/dequeued`, async (request, reply) => {
    const sid = callSid(request);
    const userId = await agentId((request.query as { agent?: string }).agent);
    if (userId === null) {
      // The operator left between dialling in and the bridge: connect the caller anyway, record no answer.
      request.log.warn({ callSid: sid }, "Twilio dequeued a caller for an operator who is not active staff");
      return send(reply);
    }
    const queueSeconds = seconds(param(request, "QueueTime"));
    await record(
      { callId: sid, type: "offered", agent: userId },
      {
        callId: sid,
        type: "answered",
        agent: userId,
        ...(queueSeconds !== undefined ? { queueSeconds } : {}),
      },
    );
    return send(reply);
  });

  app.post(`${TWILIO_BASE}/status-callback`, async (request, reply) => {
    const sid = callSid(request);
    if (FINAL_STATUSES.has(param(request, "CallStatus") ?? "")) await record({ callId: sid, type: "ended" });
    return send(reply);
  });

  /** The operator an `agent` parameter names (email or user id), or null when none is active staff. */
  async function agentId(agent: string | undefined): Promise<number | null> {
    const value = agent?.trim();
    if (!value || value.length > 320) return null;
    const named = /^\d{1,9}$/.test(value) ? Number(value) : value;
    try {
      const [resolved] = await resolveAgents(deps.db, [
        { callId: "agent", type: "offered", at: deps.clock.now().toISOString(), agent: named },
      ]);
      return resolved?.userId ?? null;
    } catch (err) {
      if (err instanceof AppError && err.code === "validation_failed") return null;
      throw err;
    }
  }
}

const KNOWN_RESULTS = new Set([
  "bridged",
  "bridging-in-process",
  "error",
  "hangup",
  "leave",
  "queue-full",
  "redirected",
  "redirected-from-bridged",
  "system-error",
  "system-shutdown",
]);
const isKnownResult = (r: string) => KNOWN_RESULTS.has(r);
