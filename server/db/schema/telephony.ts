import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { constituents, users } from "./people.js";
import { interactions } from "./requests.js";

/**
 * Telephony: what the city's phone system tells civic311 about each call (ADR 0018). `call_events` keeps every
 * event exactly once (its `key` is the call, the event type and, for an offer, the operator); `calls` is the
 * call as those events describe it, folded again whenever one arrives, in whatever order they came.
 */

/** One phone call, as its events describe it. The caller's number is personal data: staff screens only. */
export const calls = pgTable(
  "calls",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** Which adapter reported it: "webhook" (civic311's own JSON) or "twilio". */
    source: text("source").notNull(),
    /** The phone system's id of the call (Twilio's CallSid). */
    externalId: text("external_id").notNull(),
    fromNumber: text("from_number"),
    toNumber: text("to_number"),
    constituentId: integer("constituent_id").references(() => constituents.id),
    /** The menu language the caller chose (en, es). */
    language: text("language"),
    arrivedAt: timestamp("arrived_at", { withTimezone: true }).notNull(),
    queuedAt: timestamp("queued_at", { withTimezone: true }),
    offeredAt: timestamp("offered_at", { withTimezone: true }),
    offeredToUserId: integer("offered_to_user_id").references(() => users.id),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answeredByUserId: integer("answered_by_user_id").references(() => users.id),
    transferredAt: timestamp("transferred_at", { withTimezone: true }),
    transferTarget: text("transfer_target"),
    abandonedAt: timestamp("abandoned_at", { withTimezone: true }),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** Seconds in the queue before it was answered or abandoned (the phone system's figure when it gives one). */
    queueSeconds: integer("queue_seconds"),
    /** What the caller heard in the self-service menu: "hours", "status" (none when they never chose). */
    selfService: text("self_service").array().notNull().default(sql`'{}'::text[]`),
    /** The caller chose to keep their place and be called back. */
    callbackRequestedAt: timestamp("callback_requested_at", { withTimezone: true }),
    callbackNumber: text("callback_number"),
    callbackDoneAt: timestamp("callback_done_at", { withTimezone: true }),
    callbackByUserId: integer("callback_by_user_id").references(() => users.id),
    /** The contact the answered call (or the callback) became; an abandoned call's abandoned contact. */
    interactionId: integer("interaction_id").references(() => interactions.id),
    callbackInteractionId: integer("callback_interaction_id").references(() => interactions.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("calls_external_idx").on(t.source, t.externalId),
    index("calls_arrived_idx").on(t.arrivedAt),
    index("calls_queued_idx").on(t.queuedAt),
    index("calls_answered_by_idx").on(t.answeredByUserId, t.answeredAt),
    index("calls_interaction_idx").on(t.interactionId),
  ],
);

/** Every event the phone system sent, once: a repeat of the same key is acknowledged and changes nothing. */
export const callEvents = pgTable(
  "call_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    callId: integer("call_id")
      .notNull()
      .references(() => calls.id),
    key: text("key").notNull(),
    type: text("type").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull(),
    /** What the event said besides its type and time (operator, queue seconds, transfer target…). */
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex("call_events_key_idx").on(t.key), index("call_events_call_idx").on(t.callId)],
);

/** Each operator's state now: available, on a call, wrap-up, away (with a reason) or offline. */
export const agentStates = pgTable("agent_states", {
  userId: integer("user_id")
    .primaryKey()
    .references(() => users.id),
  state: text("state").notNull(),
  reason: text("reason"),
  since: timestamp("since", { withTimezone: true }).notNull(),
  callId: integer("call_id").references(() => calls.id),
});

/** Every period an operator spent in a state; the open one has no end. */
export const agentStatePeriods = pgTable(
  "agent_state_periods",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    state: text("state").notNull(),
    reason: text("reason"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    callId: integer("call_id").references(() => calls.id),
    /** Who changed it: "operator", "call" (a call event) or "supervisor". */
    changedBy: text("changed_by").notNull(),
  },
  (t) => [
    index("agent_state_periods_user_idx").on(t.userId, t.startedAt),
    index("agent_state_periods_started_idx").on(t.startedAt),
  ],
);
