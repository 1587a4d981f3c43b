import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { agencies, departments, kbArticles, serviceTypes } from "./directory.js";
import { addresses } from "./geo.js";
import { constituents, users } from "./people.js";

/** Source of public tracking numbers; starts high so numbers are always seven digits. */
export const requestNumberSeq = pgSequence("request_number_seq", { startWith: 1000001, increment: 1 });

/** Work for a department. `number` is the public tracking number. */
export const serviceRequests = pgTable(
  "service_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    number: text("number").notNull().unique(),
    serviceTypeId: integer("service_type_id")
      .notNull()
      .references(() => serviceTypes.id),
    status: text("status").notNull().default("new"),
    closeReason: text("close_reason"),
    priority: text("priority").notNull().default("normal"),
    description: text("description"),
    answers: jsonb("answers").$type<Record<string, string | number | string[]>>().notNull().default({}),
    address: text("address"),
    addressId: integer("address_id").references(() => addresses.id),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    district: text("district"),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    assigneeUserId: integer("assignee_user_id").references(() => users.id),
    dueAt: timestamp("due_at", { withTimezone: true }),
    channel: text("channel").notNull(),
    constituentId: integer("constituent_id").references(() => constituents.id),
    parentRequestId: integer("parent_request_id"),
    sourceSystem: text("source_system"),
    sourceId: text("source_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("service_requests_created_idx").on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("service_requests_dept_status_idx").on(
      t.departmentId,
      t.status,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("service_requests_status_due_idx").on(t.status, t.dueAt),
    // With id last, "newest first" pages of one service read straight off the index, no sort.
    index("service_requests_service_idx").on(
      t.serviceTypeId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("service_requests_assignee_idx").on(t.assigneeUserId),
    index("service_requests_constituent_idx").on(t.constituentId),
    index("service_requests_parent_idx").on(t.parentRequestId),
    index("service_requests_updated_idx").on(t.updatedAt),
    // Reports count what closed in a period.
    index("service_requests_closed_idx").on(t.closedAt),
    index("service_requests_source_idx").on(t.sourceSystem, t.sourceId),
    // The work queue's default order: open before closed, then due date (none last), id last for paging.
    index("service_requests_queue_idx").on(
      sql`(${t.status} = 'closed')`,
      sql`coalesce(${t.dueAt}, 'infinity'::timestamptz)`,
      t.id,
    ),
    index("service_requests_dept_queue_idx").on(
      t.departmentId,
      sql`(${t.status} = 'closed')`,
      sql`coalesce(${t.dueAt}, 'infinity'::timestamptz)`,
      t.id,
    ),
    index("service_requests_district_idx").on(
      t.district,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("service_requests_text_idx").using(
      "gin",
      sql`to_tsvector('english', coalesce(${t.description}, '') || ' ' || coalesce(${t.address}, ''))`,
    ),
  ],
);

/** The timeline of a request: every change, note and notification, with who did it. */
export const requestEvents = pgTable(
  "request_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    type: text("type").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: integer("actor_user_id").references(() => users.id),
    actorLabel: text("actor_label").notNull(),
    public: boolean("public").notNull().default(false),
    body: text("body"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("request_events_request_idx").on(t.requestId, t.at),
    // Reopens are few; reports look them up for reopen rate and first-contact resolution.
    index("request_events_reopened_idx").on(t.requestId, t.at).where(sql`${t.type} = 'reopened'`),
    // The audit log viewer pages all events newest first, and by person.
    index("request_events_at_idx").on(t.at, t.id),
    index("request_events_actor_idx").on(t.actorUserId, t.at),
  ],
);

/** Photos and files attached to a request. */
export const attachments = pgTable(
  "attachments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    eventId: bigint("event_id", { mode: "number" }).references(() => requestEvents.id),
    /** Where an uploaded file lives under DATA_DIR/media; null for media known only by URL. */
    storageKey: text("storage_key").unique(),
    /** A media URL given by the client instead of a file (Open311 `media_url`). */
    sourceUrl: text("source_url"),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    byteSize: integer("byte_size").notNull(),
    public: boolean("public").notNull().default(true),
    uploadedByUserId: integer("uploaded_by_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("attachments_request_idx").on(t.requestId)],
);

/** Residents following a request ("me too"); they hear about every public change. */
export const followers = pgTable(
  "followers",
  {
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    constituentId: integer("constituent_id")
      .notNull()
      .references(() => constituents.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.constituentId] }),
    index("followers_constituent_idx").on(t.constituentId),
  ],
);

/** One contact with the 311 center: a call, walk-in, email, chat… and what came of it. */
export const interactions = pgTable(
  "interactions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    channel: text("channel").notNull(),
    constituentId: integer("constituent_id").references(() => constituents.id),
    operatorUserId: integer("operator_user_id").references(() => users.id),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    outcomes: text("outcomes").array().notNull().default(sql`'{}'::text[]`),
    transferDepartmentId: integer("transfer_department_id").references(() => departments.id),
    referralAgencyId: integer("referral_agency_id").references(() => agencies.id),
    notes: text("notes"),
    /** The operator's wrap-up code when the contact ended (e.g. "resolved", "callback_needed"). */
    wrapUpCode: text("wrap_up_code"),
    externalCallId: text("external_call_id"),
  },
  (t) => [
    index("interactions_started_idx").on(t.startedAt),
    index("interactions_constituent_idx").on(t.constituentId, t.startedAt),
    index("interactions_operator_idx").on(t.operatorUserId, t.startedAt),
  ],
);

/** Knowledge-base articles used to answer an interaction. */
export const interactionArticles = pgTable(
  "interaction_articles",
  {
    interactionId: integer("interaction_id")
      .notNull()
      .references(() => interactions.id),
    articleId: integer("article_id")
      .notNull()
      .references(() => kbArticles.id),
  },
  (t) => [primaryKey({ columns: [t.interactionId, t.articleId] })],
);

/** Requests created or linked during an interaction. */
export const interactionRequests = pgTable(
  "interaction_requests",
  {
    interactionId: integer("interaction_id")
      .notNull()
      .references(() => interactions.id),
    requestId: integer("request_id")
      .notNull()
      .references(() => serviceRequests.id),
    relation: text("relation").notNull().default("created"),
  },
  (t) => [
    primaryKey({ columns: [t.interactionId, t.requestId] }),
    index("interaction_requests_request_idx").on(t.requestId),
  ],
);

/** A staff member's named work-queue filters: the list's query string, applied again with one click. */
export const savedViews = pgTable(
  "saved_views",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    /** The list's query string without the leading "?" (status=new&department=dpw…). */
    query: text("query").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("saved_views_user_name_idx").on(t.userId, t.name)],
);
