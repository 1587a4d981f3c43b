import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { departments, serviceTypes } from "./directory.js";

/**
 * Routing rules: which department gets new requests of a service type, optionally only in one district
 * (ward) and/or at one priority. At creation the most specific matching rule wins (service + district +
 * priority, then service + district, then service + priority, then service alone; `position` orders rules
 * of equal specificity, lowest first); with no matching rule the service type's own department owns it.
 */
export const routingRules = pgTable(
  "routing_rules",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    serviceTypeId: integer("service_type_id")
      .notNull()
      .references(() => serviceTypes.id),
    /** The request's district as stored on the request (a ward of the address list); null for any. */
    district: text("district"),
    /** The request's priority (`low`, `normal`, `high`, `urgent`); null for any. */
    priority: text("priority"),
    departmentId: integer("department_id")
      .notNull()
      .references(() => departments.id),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("routing_rules_service_idx").on(t.serviceTypeId, t.position)],
);
