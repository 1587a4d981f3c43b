import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const stamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** City departments: who owns requests, where callers are transferred. */
export const departments = pgTable("departments", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  phone: text("phone"),
  transferPhone: text("transfer_phone"),
  email: text("email"),
  hours: text("hours"),
  address: text("address"),
  webUrl: text("web_url"),
  description: text("description"),
  callerScript: text("caller_script"),
  active: boolean("active").notNull().default(true),
  ...stamps,
});

/** Working hours of a department's business calendar; weekday 1 = Monday … 7 = Sunday. */
export const workingHours = pgTable(
  "working_hours",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    weekday: smallint("weekday").notNull(),
    opens: time("opens").notNull(),
    closes: time("closes").notNull(),
  },
  (t) => [index("working_hours_department_idx").on(t.departmentId, t.weekday)],
);

/** City holidays: no business time elapses on these dates. */
export const holidays = pgTable("holidays", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  date: date("date", { mode: "string" }).notNull().unique(),
  name: text("name").notNull(),
});

/** Outside agencies callers are referred to (state RMV, utilities, courts…). */
export const agencies = pgTable("agencies", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  phone: text("phone"),
  hours: text("hours"),
  address: text("address"),
  webUrl: text("web_url"),
  handles: text("handles"),
  callerScript: text("caller_script"),
  active: boolean("active").notNull().default(true),
  ...stamps,
});

/** The service catalog: what a request can be for, who owns it and how fast it is due. */
export const serviceTypes = pgTable(
  "service_types",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    groupName: text("group_name").notNull(),
    description: text("description"),
    keywords: text("keywords").array().notNull().default(sql`'{}'::text[]`),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    priority: text("priority").notNull().default("normal"),
    slaValue: integer("sla_value"),
    slaUnit: text("sla_unit"),
    availableOnline: boolean("available_online").notNull().default(true),
    operatorInstructions: text("operator_instructions"),
    duplicateRadiusM: integer("duplicate_radius_m").notNull().default(50),
    active: boolean("active").notNull().default(true),
    ...stamps,
  },
  (t) => [index("service_types_department_idx").on(t.departmentId)],
);

/** Per-service questions, typed as Open311 attributes. */
export const serviceQuestions = pgTable(
  "service_questions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    serviceTypeId: integer("service_type_id")
      .notNull()
      .references(() => serviceTypes.id),
    code: text("code").notNull(),
    datatype: text("datatype").notNull(),
    required: boolean("required").notNull().default(false),
    prompt: text("prompt").notNull(),
    helpText: text("help_text"),
    position: integer("position").notNull().default(0),
    values: jsonb("values").$type<{ key: string; name: string }[]>().notNull().default([]),
    active: boolean("active").notNull().default(true),
  },
  (t) => [uniqueIndex("service_questions_code_idx").on(t.serviceTypeId, t.code)],
);

/** Knowledge-base articles: a public answer plus operators' internal notes. */
export const kbArticles = pgTable("kb_articles", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  publicAnswer: text("public_answer").notNull(),
  internalNotes: text("internal_notes"),
  keywords: text("keywords").array().notNull().default(sql`'{}'::text[]`),
  departmentId: integer("department_id").references(() => departments.id),
  agencyId: integer("agency_id").references(() => agencies.id),
  ownerUserId: integer("owner_user_id"),
  reviewBy: date("review_by", { mode: "string" }),
  status: text("status").notNull().default("draft"),
  language: text("language").notNull().default("en"),
  /** The answer as the phone menu reads it aloud: short, plain sentences (none: the article is not offered by phone). */
  phoneAnswer: text("phone_answer"),
  useCount: integer("use_count").notNull().default(0),
  ...stamps,
});

export const kbArticleServices = pgTable(
  "kb_article_services",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => kbArticles.id),
    serviceTypeId: integer("service_type_id")
      .notNull()
      .references(() => serviceTypes.id),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.serviceTypeId] })],
);

/** City-wide settings and system state as key/value pairs (city name, demo seeding progress…). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Words callers use for the same thing ("trash" = "garbage" = "rubbish"), edited by supervisors; search expands them. */
export const synonyms = pgTable("synonyms", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  terms: text("terms").array().notNull(),
  ...stamps,
});
