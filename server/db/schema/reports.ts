import {
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * Report rollups: the counts of each local day (contacts: each local hour) at the finest breakdown the
 * dashboards filter by, so a year of figures sums a few thousand rows instead of a million. They are a
 * cache of the base tables, rebuilt by the worker (ADR 0011); no foreign keys, anything here can be rebuilt.
 */

/** One row: the city time zone the rollups are in, and the last local day they hold. */
export const reportRollupState = pgTable("report_rollup_state", {
  id: integer("id").primaryKey().default(1),
  timeZone: text("time_zone").notNull(),
  /** Changes on days up to here mark the day dirty (triggers); set before those days are built. */
  markThrough: date("mark_through", { mode: "string" }),
  /** Dashboards read rollups for days up to here that are not dirty. */
  builtThrough: date("built_through", { mode: "string" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const reportDirtySeq = pgSequence("report_dirty_seq");

/** Days whose rollup no longer matches the base tables; dashboards count them live until rebuilt. */
export const reportDirtyDays = pgTable(
  "report_dirty_days",
  {
    kind: text("kind").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    seq: bigint("seq", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.day] })],
);

export const reportRequestsOpened = pgTable(
  "report_requests_opened",
  {
    day: date("day", { mode: "string" }).notNull(),
    serviceTypeId: integer("service_type_id").notNull(),
    departmentId: integer("department_id").notNull(),
    district: text("district"),
    channel: text("channel").notNull(),
    opened: integer("opened").notNull(),
    reopened: integer("reopened").notNull(),
  },
  (t) => [index("report_requests_opened_day_idx").on(t.day)],
);

export const reportRequestsClosed = pgTable(
  "report_requests_closed",
  {
    day: date("day", { mode: "string" }).notNull(),
    serviceTypeId: integer("service_type_id").notNull(),
    departmentId: integer("department_id").notNull(),
    district: text("district"),
    channel: text("channel").notNull(),
    closed: integer("closed").notNull(),
    duplicates: integer("duplicates").notNull(),
    timed: integer("timed").notNull(),
    onTime: integer("on_time").notNull(),
    late: integer("late").notNull(),
  },
  (t) => [index("report_requests_closed_day_idx").on(t.day)],
);

/** Contacts of a local day by channel and operator. */
export const reportContacts = pgTable(
  "report_contacts",
  {
    day: date("day", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    operatorUserId: integer("operator_user_id"),
    contacts: integer("contacts").notNull(),
    handled: integer("handled").notNull(),
    abandoned: integer("abandoned").notNull(),
    resolved: integer("resolved").notNull(),
    transferred: integer("transferred").notNull(),
    referred: integer("referred").notNull(),
    seconds: doublePrecision("seconds").notNull(),
  },
  (t) => [index("report_contacts_day_idx").on(t.day)],
);

/** Contacts of a local hour by channel (for charts by hour; by operator they are counted live). */
export const reportContactHours = pgTable(
  "report_contact_hours",
  {
    /** The local hour (a timestamp without zone, in the city's time). */
    hour: timestamp("hour", { withTimezone: false, mode: "string" }).notNull(),
    day: date("day", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    contacts: integer("contacts").notNull(),
    abandoned: integer("abandoned").notNull(),
  },
  (t) => [index("report_contact_hours_day_idx").on(t.day)],
);

/** Transfers and referrals of a local day by channel and destination. */
export const reportContactDestinations = pgTable(
  "report_contact_destinations",
  {
    day: date("day", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    /** `transfer` (destination: a department) or `referral` (an agency). */
    kind: text("kind").notNull(),
    destinationId: integer("destination_id").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [index("report_contact_destinations_day_idx").on(t.day)],
);

/** Articles used in the contacts of a local day, by channel. */
export const reportContactArticles = pgTable(
  "report_contact_articles",
  {
    day: date("day", { mode: "string" }).notNull(),
    channel: text("channel").notNull(),
    articleId: integer("article_id").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [index("report_contact_articles_day_idx").on(t.day)],
);
