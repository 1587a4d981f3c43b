import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
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

/**
 * Districts drawn as polygons (uploaded as GeoJSON by an administrator). When any are active, a new
 * request's `district` is the code of the polygon containing its point; otherwise it is the ward of its
 * address (an address attribute). Routing rules, the work queue and reports all use that one value.
 */
export const districts = pgTable("districts", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  /** A GeoJSON Polygon or MultiPolygon in WGS 84 (longitude, latitude). */
  geometry: jsonb("geometry").$type<{ type: "Polygon" | "MultiPolygon"; coordinates: unknown }>().notNull(),
  minLat: doublePrecision("min_lat").notNull(),
  minLng: doublePrecision("min_lng").notNull(),
  maxLat: doublePrecision("max_lat").notNull(),
  maxLng: doublePrecision("max_lng").notNull(),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
