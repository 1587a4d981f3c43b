import { z } from "zod";
import { CHANNELS } from "../channels.js";

/** How long after a contact a reopened request still counts against first-contact resolution. */
export const FCR_WINDOW_DAYS = 7;

/** Age bands of the open backlog, in whole days since the request was made: [label, from, to). */
export const BACKLOG_AGES = [
  ["0-2 days", 0, 3],
  ["3-7 days", 3, 8],
  ["8-30 days", 8, 31],
  ["31-90 days", 31, 91],
  ["over 90 days", 91, null],
] as const;
export const BACKLOG_AGE_LABELS = BACKLOG_AGES.map((a) => a[0]) as unknown as readonly [string, ...string[]];

export const REPORT_INTERVALS = ["hour", "day", "week", "month"] as const;
export type ReportInterval = (typeof REPORT_INTERVALS)[number];

/** The longest range one dashboard covers: five years of local days. */
export const MAX_REPORT_DAYS = 5 * 366;

/**
 * What every dashboard and drill-down is filtered by. Dates are the city's local days, both included.
 * `from`/`to` are optional on the wire (the server fills in the last 30 days) but always present once parsed.
 */
export const reportFilters = z
  .object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    interval: z.enum(REPORT_INTERVALS).default("day"),
    department: z.string().trim().min(1).max(64).optional(),
    service: z.string().trim().min(1).max(64).optional(),
    district: z.string().trim().min(1).max(100).optional(),
    channel: z.enum(CHANNELS).optional(),
    operator: z.coerce.number().int().positive().optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "The start date must be on or before the end date",
    path: ["from"],
  });
export type ReportFiltersInput = z.input<typeof reportFilters>;
/** Filters with the dates filled in. */
export type ReportFilters = Omit<z.output<typeof reportFilters>, "from" | "to"> & {
  from: string;
  to: string;
};

/** The record sets behind request figures: each tile, bar and table cell drills into one of these. */
export const REQUEST_MEASURES = [
  "opened",
  "closed",
  "timed",
  "on_time",
  "late",
  "duplicates",
  "reopened",
  "backlog",
  "rated",
] as const;
/** The record sets behind contact-center figures. */
export const CONTACT_MEASURES = [
  "contacts",
  "handled",
  "resolved_first",
  "not_resolved_first",
  "transferred",
  "referred",
  "abandoned",
  "article",
] as const;
/**
 * The record sets behind the phone line's figures: calls by their local arrival time (`within` and `over`
 * are answered calls within or over the city's service-level threshold).
 */
export const CALL_MEASURE_KEYS = [
  "calls",
  "calls_queued",
  "calls_answered",
  "calls_within",
  "calls_over",
  "calls_abandoned",
  "calls_callback",
  "calls_self_served",
] as const;
export type RequestMeasure = (typeof REQUEST_MEASURES)[number];
export type ContactMeasure = (typeof CONTACT_MEASURES)[number];
export type CallMeasure = (typeof CALL_MEASURE_KEYS)[number];

/** Query of `GET /api/reports/records` (and `.csv`): the filters, the measure and the slice clicked. */
export const recordsQuery = z.intersection(
  reportFilters,
  z.object({
    measure: z.enum([...REQUEST_MEASURES, ...CONTACT_MEASURES, ...CALL_MEASURE_KEYS]),
    /** Start of the interval clicked, local: `2026-10-05` or `2026-10-05T14`. */
    bucket: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/, "bucket must look like 2026-10-05 or 2026-10-05T14")
      .optional(),
    age: z.enum(BACKLOG_AGE_LABELS).optional(),
    /** Department code of a transfer, or agency code of a referral. */
    destination: z.string().trim().min(1).max(64).optional(),
    article: z.coerce.number().int().positive().optional(),
    rating: z.coerce.number().int().min(1).max(5).optional(),
    /** Map cell clicked, as the dashboard names it: `size:row:column` (row = floor(lat / size)). */
    cell: z
      .string()
      .regex(/^0\.\d+:-?\d+:-?\d+$/, "cell must look like 0.005:8476:-14270")
      .optional(),
    cursor: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  }),
);
export type RecordsQueryInput = z.input<typeof recordsQuery>;

export const seriesPoint = z.object({ bucket: z.string(), opened: z.number(), closed: z.number() });

/** Time-to-close and on-time figures of one group of closed requests. */
export const closeFigures = z.object({
  closed: z.number(),
  timed: z.number(),
  onTime: z.number(),
  late: z.number(),
  onTimePct: z.number().nullable(),
  medianDays: z.number().nullable(),
  p90Days: z.number().nullable(),
  duplicates: z.number(),
});

export const requestDashboard = z.object({
  filters: z.object({ from: z.string(), to: z.string(), interval: z.enum(REPORT_INTERVALS) }),
  generatedAt: z.string(),
  totals: closeFigures.extend({
    opened: z.number(),
    reopened: z.number(),
    reopenPct: z.number().nullable(),
    backlog: z.number(),
    rated: z.number(),
    meanRating: z.number().nullable(),
  }),
  series: z.array(seriesPoint),
  byService: z.array(
    closeFigures.extend({ code: z.string(), name: z.string(), opened: z.number(), reopened: z.number() }),
  ),
  byDepartment: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      opened: z.number(),
      closed: z.number(),
      backlog: z.number(),
    }),
  ),
  byDistrict: z.array(z.object({ district: z.string(), opened: z.number(), closed: z.number() })),
  backlog: z.array(
    z.object({ code: z.string(), name: z.string(), total: z.number(), ages: z.array(z.number()) }),
  ),
  ratings: z.array(z.object({ rating: z.number(), count: z.number() })),
});
export type RequestDashboard = z.infer<typeof requestDashboard>;

/**
 * Where the opened requests were: counts in map cells of `size` degrees (`cell` is what a drill-down
 * takes). Its own call, so the figures above the map do not wait for it.
 */
export const requestMap = z.object({
  size: z.number(),
  items: z.array(z.object({ cell: z.string(), lat: z.number(), lng: z.number(), count: z.number() })),
});
export type RequestMap = z.infer<typeof requestMap>;

/**
 * Median and 90th-percentile days to close by service type. Their own call (a sort per service over the
 * period's closed requests); the dashboard's by-service rows leave them null and the table fills them in.
 */
export const requestPercentiles = z.object({
  byService: z.array(
    z.object({ code: z.string(), medianDays: z.number().nullable(), p90Days: z.number().nullable() }),
  ),
});
export type RequestPercentiles = z.infer<typeof requestPercentiles>;

/** Contact-center figures of one group of contacts. */
export const contactFigures = z.object({
  contacts: z.number(),
  handled: z.number(),
  abandoned: z.number(),
  abandonedPct: z.number().nullable(),
  meanHandleSeconds: z.number().nullable(),
  medianHandleSeconds: z.number().nullable(),
  resolvedFirst: z.number(),
  fcrPct: z.number().nullable(),
  transferred: z.number(),
  referred: z.number(),
});

export const contactDashboard = z.object({
  filters: z.object({ from: z.string(), to: z.string(), interval: z.enum(REPORT_INTERVALS) }),
  generatedAt: z.string(),
  fcrWindowDays: z.number(),
  totals: contactFigures,
  series: z.array(
    z.object({ bucket: z.string(), channel: z.string(), contacts: z.number(), abandoned: z.number() }),
  ),
  byChannel: z.array(contactFigures.extend({ channel: z.string() })),
  byOperator: z.array(contactFigures.extend({ id: z.number(), name: z.string() })),
  transfers: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })),
  referrals: z.array(z.object({ code: z.string(), name: z.string(), count: z.number() })),
  topArticles: z.array(z.object({ id: z.number(), title: z.string(), count: z.number() })),
});
export type ContactDashboard = z.infer<typeof contactDashboard>;

/**
 * Median handle time by channel and by operator. Each median sorts that group's contacts, which over a
 * year is most of a dashboard's work, so they come in their own call and fill in the tables; the
 * dashboard's rows leave `medianHandleSeconds` null.
 */
export const contactMedians = z.object({
  byChannel: z.array(z.object({ channel: z.string(), medianHandleSeconds: z.number().nullable() })),
  byOperator: z.array(z.object({ id: z.number(), medianHandleSeconds: z.number().nullable() })),
});
export type ContactMedians = z.infer<typeof contactMedians>;

/** The phone line's figures of one group of calls (glossary: service level, speed of answer, abandonment). */
export const callFigures = z.object({
  calls: z.number(),
  queued: z.number(),
  answered: z.number(),
  /** answered with queue seconds ≤ the threshold */
  withinThreshold: z.number(),
  abandoned: z.number(),
  callbacks: z.number(),
  selfServed: z.number(),
  /** within ÷ (answered + abandoned), %; null when neither */
  serviceLevelPct: z.number().nullable(),
  /** mean queue seconds of answered calls (one decimal, as the wallboard); null when none */
  averageSpeedOfAnswerSeconds: z.number().nullable(),
  /** abandoned ÷ (answered + abandoned), %; null when neither */
  abandonedPct: z.number().nullable(),
});
export type CallFigures = z.infer<typeof callFigures>;

/**
 * The phone line over a period (`GET /api/reports/calls`): calls counted in the local interval they arrived
 * in, from the `calls` table, with the definitions the live wallboard uses. The operator filter means the
 * operator who answered; a channel filter other than phone leaves no calls.
 */
export const callDashboard = z.object({
  filters: z.object({ from: z.string(), to: z.string(), interval: z.enum(REPORT_INTERVALS) }),
  generatedAt: z.string(),
  /** The city's service-level threshold in seconds (phone settings). */
  thresholdSeconds: z.number(),
  totals: callFigures,
  series: z.array(callFigures.extend({ bucket: z.string() })),
  byOperator: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      answered: z.number(),
      withinThreshold: z.number(),
      averageSpeedOfAnswerSeconds: z.number().nullable(),
      /** answered to ended, of answered calls that have ended */
      meanTalkSeconds: z.number().nullable(),
      medianTalkSeconds: z.number().nullable(),
    }),
  ),
});
export type CallDashboard = z.infer<typeof callDashboard>;

/** One row of a drill-down list of requests (no resident's details). */
export const requestRecord = z.object({
  number: z.string(),
  service: z.string(),
  department: z.string(),
  district: z.string().nullable(),
  channel: z.string(),
  status: z.string(),
  closeReason: z.string().nullable(),
  createdAt: z.string(),
  dueAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  daysToClose: z.number().nullable(),
  onTime: z.boolean().nullable(),
  address: z.string().nullable(),
  /** The resident's rating, in a list of survey answers. */
  rating: z.number().nullable(),
});
/** One row of a drill-down list of contacts. */
export const contactRecord = z.object({
  id: z.number(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  channel: z.string(),
  operator: z.string().nullable(),
  outcomes: z.array(z.string()),
  handleSeconds: z.number().nullable(),
  destination: z.string().nullable(),
  wrapUpCode: z.string().nullable(),
});
/** How a call ended up, in a drill-down list. */
export const CALL_OUTCOMES = ["answered", "abandoned", "callback", "self_served", "other"] as const;
/** One row of a drill-down list of calls (no caller's number). */
export const callRecord = z.object({
  id: z.number(),
  arrivedAt: z.string(),
  queuedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  queueSeconds: z.number().nullable(),
  outcome: z.enum(CALL_OUTCOMES),
  operator: z.string().nullable(),
  interactionId: z.number().nullable(),
});
export const recordsPage = z.object({
  kind: z.enum(["requests", "contacts", "calls"]),
  total: z.number(),
  items: z.array(z.union([requestRecord, contactRecord, callRecord])),
  nextCursor: z.string().nullable(),
});
export type RequestRecord = z.infer<typeof requestRecord>;
export type ContactRecord = z.infer<typeof contactRecord>;
export type CallRecord = z.infer<typeof callRecord>;
export type RecordsPage = z.infer<typeof recordsPage>;

/** The public performance page: the last 12 months by service type. */
export const publicPerformance = z.object({
  from: z.string(),
  to: z.string(),
  generatedAt: z.string(),
  totals: z.object({
    opened: z.number(),
    closed: z.number(),
    onTimePct: z.number().nullable(),
    medianDays: z.number().nullable(),
  }),
  months: z.array(z.object({ month: z.string(), opened: z.number(), closed: z.number() })),
  services: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      group: z.string().nullable(),
      opened: z.number(),
      closed: z.number(),
      onTimePct: z.number().nullable(),
      medianDays: z.number().nullable(),
    }),
  ),
});
export type PublicPerformance = z.infer<typeof publicPerformance>;
