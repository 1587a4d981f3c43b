import { bigint, index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { serviceTypes } from "./directory.js";
import { constituents } from "./people.js";
import { requestEvents, serviceRequests } from "./requests.js";

/**
 * One message to one resident about one public request event, by one channel. The unique key is what
 * makes sending exactly-once: a retried job finds the row already `sent` and sends nothing.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    eventId: bigint("event_id", { mode: "number" })
      .notNull()
      .references(() => requestEvents.id),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    constituentId: integer("constituent_id")
      .notNull()
      .references(() => constituents.id),
    /** email | sms */
    channel: text("channel").notNull(),
    /** pending | sent | skipped (nothing to send it to, or the resident unsubscribed) */
    status: text("status").notNull().default("pending"),
    language: text("language").notNull(),
    attempts: integer("attempts").notNull().default(0),
    /** The SMTP message id or the SMS provider's message sid. */
    providerId: text("provider_id"),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("notification_deliveries_once_idx").on(t.eventId, t.constituentId, t.channel),
    index("notification_deliveries_request_idx").on(t.requestId),
  ],
);

/**
 * When open requests escalate: `minutesFromDue` before (negative) or after the due date, per service type,
 * or for every service when `serviceTypeId` is null. Level 1 is the first warning.
 */
export const escalationPolicies = pgTable(
  "escalation_policies",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    serviceTypeId: integer("service_type_id").references(() => serviceTypes.id),
    level: integer("level").notNull(),
    minutesFromDue: integer("minutes_from_due").notNull(),
    label: text("label").notNull(),
  },
  (t) => [index("escalation_policies_service_idx").on(t.serviceTypeId, t.level)],
);

/** Each escalation level a request reached, once, and when its supervisors were told. */
export const requestEscalations = pgTable(
  "request_escalations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    level: integer("level").notNull(),
    label: text("label").notNull(),
    reachedAt: timestamp("reached_at", { withTimezone: true }).notNull(),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
    recipients: integer("recipients"),
  },
  (t) => [uniqueIndex("request_escalations_once_idx").on(t.requestId, t.level)],
);

/** Answers to the one-question survey sent when a request closes. */
export const surveyResponses = pgTable(
  "survey_responses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    constituentId: integer("constituent_id")
      .notNull()
      .references(() => constituents.id),
    rating: integer("rating").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("survey_responses_once_idx").on(t.requestId, t.constituentId),
    index("survey_responses_created_idx").on(t.createdAt),
  ],
);
