import { doublePrecision, index, integer, jsonb, pgTable, text } from "drizzle-orm/pg-core";

/** Streets with their centerline and address ranges, for geocoding and the offline base map. */
export const streets = pgTable(
  "streets",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    /** GeoJSON LineString coordinates [lng, lat][] */
    centerline: jsonb("centerline").$type<[number, number][]>().notNull(),
    fromNumber: integer("from_number"),
    toNumber: integer("to_number"),
    sourceId: text("source_id"),
  },
  (t) => [index("streets_name_idx").on(t.name)],
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
  (t) => [index("addresses_street_idx").on(t.streetId), index("addresses_full_idx").on(t.fullAddress)],
);
