import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * Streets with their centerline and address ranges, for geocoding and the offline base map. The demo city has
 * one row per street; an imported city (`civic311 import addresses`) one row per centerline segment, with the
 * house numbers on each side (left/right as seen walking from the line's first point to its last) and the
 * nodes at its ends, which the segments meeting at an intersection share.
 */
export const streets = pgTable(
  "streets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    /** GeoJSON LineString coordinates [lng, lat][] */
    centerline: jsonb("centerline").$type<[number, number][]>().notNull(),
    fromNumber: integer("from_number"),
    toNumber: integer("to_number"),
    leftFrom: integer("left_from"),
    leftTo: integer("left_to"),
    rightFrom: integer("right_from"),
    rightTo: integer("right_to"),
    fromNode: text("from_node"),
    toNode: text("to_node"),
    sourceId: text("source_id"),
  },
  (t) => [
    index("streets_name_idx").on(t.name),
    index("streets_lower_name_idx").on(sql`lower(${t.name})`),
    uniqueIndex("streets_source_idx").on(t.sourceId),
  ],
);

/** The master address list. */
export const addresses = pgTable(
  "addresses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    number: text("number").notNull(),
    unit: text("unit"),
    streetId: integer("street_id").references(() => streets.id),
    streetName: text("street_name").notNull(),
    fullAddress: text("full_address").notNull(),
    city: text("city").notNull(),
    state: text("state").notNull(),
    zip: text("zip"),
    lat: doublePrecision("lat").notNull(),
    lng: doublePrecision("lng").notNull(),
    district: text("district"),
    sourceId: text("source_id"),
  },
  (t) => [
    index("addresses_street_idx").on(t.streetId),
    index("addresses_full_idx").on(t.fullAddress),
    index("addresses_lower_street_idx").on(sql`lower(${t.streetName})`),
    uniqueIndex("addresses_source_idx").on(t.sourceId),
  ],
);
