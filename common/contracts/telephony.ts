import { z } from "zod";

/** What a phone system can tell civic311 about a call (docs/telephony.md). */
export const CALL_EVENT_TYPES = [
  "arrived",
  "menu",
  "queued",
  "offered",
  "answered",
  "transferred",
  "callback_requested",
  "abandoned",
  "ended",
] as const;
export type CallEventType = (typeof CALL_EVENT_TYPES)[number];

/** An operator's state on the phone line. */
export const AGENT_STATES = ["available", "on_call", "wrap_up", "away", "offline"] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export const AGENT_STATE_LABELS: Record<AgentState, string> = {
  available: "Available",
  on_call: "On a call",
  wrap_up: "Wrap-up",
  away: "Away",
  offline: "Offline",
};

/** Reasons an operator may give for being away, unless the city configures its own. */
export const DEFAULT_AWAY_REASONS = ["break", "lunch", "meeting", "training", "coaching", "other"] as const;

const phoneNumber = z.string().trim().min(1).max(40);

/**
 * One event of civic311's own call-event webhook (`POST /telephony/events`). `callId` is the phone system's
 * id; `agent` names the operator (their email, or their civic311 user id) for offered, answered and
 * transferred; `queueSeconds` is the phone system's own count of the wait for answered and abandoned.
 */
export const callEventInput = z
  .object({
    callId: z.string().trim().min(1).max(200),
    type: z.enum(CALL_EVENT_TYPES),
    at: z.iso.datetime({ offset: true }),
    from: phoneNumber.optional(),
    to: phoneNumber.optional(),
    agent: z.union([z.string().trim().min(1).max(320), z.number().int().positive()]).optional(),
    queueSeconds: z.number().int().min(0).max(86_400).optional(),
    /** transferred: where to (a department code or a number). */
    target: z.string().trim().min(1).max(200).optional(),
    /** menu: what the caller heard ("hours", "status") and in which language. */
    option: z.string().trim().min(1).max(40).optional(),
    language: z.string().trim().min(2).max(8).optional(),
    /** callback_requested: the number to call back (the caller's own when absent). */
    callbackNumber: phoneNumber.optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.type === "offered" || e.type === "answered") && e.agent === undefined)
      ctx.addIssue({ code: "custom", path: ["agent"], message: `is required for ${e.type}` });
  });
export type CallEventInput = z.output<typeof callEventInput>;

/** The webhook takes one event or a batch of up to 500, applied in order, each on its own. */
export const callEventBody = z.union([
  callEventInput,
  z.object({ events: z.array(callEventInput).min(1).max(500) }),
]);

export const callEventResult = z.object({
  callId: z.string(),
  type: z.enum(CALL_EVENT_TYPES),
  /** "recorded", or "duplicate" when the same event had already arrived (nothing changed). */
  status: z.enum(["recorded", "duplicate"]),
});

export const agentStateInput = z
  .object({
    state: z.enum(["available", "wrap_up", "away", "offline"]),
    reason: z.string().trim().min(1).max(40).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.state === "away" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is required when away" });
    if (v.state !== "away" && v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "is only for away" });
  });

export const agentStateView = z.object({
  userId: z.number(),
  name: z.string(),
  state: z.enum(AGENT_STATES),
  reason: z.string().nullable(),
  since: z.string(),
  /** The call they are on or wrapping up, if any. */
  callId: z.number().nullable(),
});
export type AgentStateView = z.infer<typeof agentStateView>;

/** A call waiting in the queue, or a caller waiting to be called back (who kept their place). */
export const queueEntry = z.object({
  callId: z.number(),
  kind: z.enum(["call", "callback"]),
  /** When they joined the queue: callbacks keep this place. */
  queuedAt: z.string(),
  waitSeconds: z.number(),
  /** Staff only: the number calling or to call back. */
  number: z.string().nullable(),
  callerName: z.string().nullable(),
  constituentId: z.number().nullable(),
  language: z.string().nullable(),
});
export type QueueEntry = z.infer<typeof queueEntry>;

export const wallboard = z.object({
  asOf: z.string(),
  /** The city's local date the "today" figures are for. */
  date: z.string(),
  thresholdSeconds: z.number(),
  waiting: z.number(),
  longestWaitSeconds: z.number().nullable(),
  callbacksWaiting: z.number(),
  agents: z.record(z.enum(AGENT_STATES), z.number()),
  operators: z.array(agentStateView),
  today: z.object({
    arrived: z.number(),
    queued: z.number(),
    answered: z.number(),
    answeredWithinThreshold: z.number(),
    abandoned: z.number(),
    callbacks: z.number(),
    selfServed: z.number(),
    /** answered within the threshold ÷ (answered + abandoned), %; null before any. */
    serviceLevelPercent: z.number().nullable(),
    /** mean seconds in the queue of answered calls; null before any. */
    averageSpeedOfAnswerSeconds: z.number().nullable(),
    /** abandoned ÷ (answered + abandoned), %; null before any. */
    abandonmentPercent: z.number().nullable(),
    /** Calls that arrived in each local hour so far (0–23). */
    callsPerHour: z.array(z.object({ hour: z.number(), calls: z.number() })),
  }),
  queue: z.array(queueEntry),
});
export type Wallboard = z.infer<typeof wallboard>;

/** The phone line's settings (`settings` key "phone"; also the `phone:` section of the configuration file). */
export const menuText = z.object({
  greeting: z.string().trim().min(1).max(1000),
  /** Read after the greeting: the options. */
  options: z.string().trim().min(1).max(1000),
  statusPrompt: z.string().trim().min(1).max(500),
  notFound: z.string().trim().min(1).max(500),
  holding: z.string().trim().min(1).max(500),
  callbackOffer: z.string().trim().min(1).max(500),
  callbackConfirmed: z.string().trim().min(1).max(500),
  goodbye: z.string().trim().min(1).max(500),
});
export type MenuText = z.infer<typeof menuText>;

export const phoneSettings = z.object({
  /** Calls answered within this many seconds count toward the service level. */
  serviceLevelSeconds: z.number().int().min(5).max(600),
  /** After this many seconds in the queue the caller is offered a callback. */
  callbackOfferSeconds: z.number().int().min(10).max(3600),
  /** The knowledge-base article whose phone answer "press 1" reads. */
  hoursArticle: z.string().trim().min(1).max(200),
  awayReasons: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
  /** The menu's words per language; English is required, Spanish offered when present. */
  menu: z.object({ en: menuText, es: menuText.optional() }),
});
export type PhoneSettings = z.infer<typeof phoneSettings>;

export const DEFAULT_PHONE_SETTINGS: PhoneSettings = {
  serviceLevelSeconds: 30,
  callbackOfferSeconds: 120,
  hoursArticle: "city-hall-hours",
  awayReasons: [...DEFAULT_AWAY_REASONS],
  menu: {
    en: {
      greeting: "Thank you for calling 311, your city's service line.",
      options:
        "For City Hall hours, press 1. To hear the status of a service request, press 2. To speak with an operator, press 0. Para español, oprima 9.",
      statusPrompt: "Enter the numbers of your tracking number, then press pound.",
      notFound: "We could not find a request with that number.",
      holding: "All operators are helping other callers. Please stay on the line.",
      callbackOffer: "To keep your place in line and have us call you back, press 1.",
      callbackConfirmed: "Thank you. We will call you back at this number. Goodbye.",
      goodbye: "Thank you for calling 311. Goodbye.",
    },
    es: {
      greeting: "Gracias por llamar al 311, la línea de servicios de su ciudad.",
      options:
        "Para el horario del Ayuntamiento, oprima 1. Para saber el estado de una solicitud, oprima 2. Para hablar con un operador, oprima 0.",
      statusPrompt: "Marque los números de su número de seguimiento y luego oprima la tecla numeral.",
      notFound: "No encontramos una solicitud con ese número.",
      holding: "Todos los operadores están atendiendo a otras personas. Por favor, espere en la línea.",
      callbackOffer: "Para conservar su lugar y que le devolvamos la llamada, oprima 1.",
      callbackConfirmed: "Gracias. Le devolveremos la llamada a este número. Adiós.",
      goodbye: "Gracias por llamar al 311. Adiós.",
    },
  },
};
