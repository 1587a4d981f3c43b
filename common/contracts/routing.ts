import { z } from "zod";
import { PRIORITIES } from "../channels.js";

/** A district as the admin list shows it: no geometry, but its size. */
export interface DistrictSummary {
  code: string;
  name: string;
  active: boolean;
  vertexCount: number;
  polygonCount: number;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  updatedAt: string;
}

/** One district with its GeoJSON geometry (Polygon or MultiPolygon, longitude first). */
export interface DistrictDetail extends DistrictSummary {
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: unknown };
}

/** `GET /api/admin/districts`: the polygons, and the wards named by the address list (the fallback). */
export interface DistrictList {
  items: DistrictSummary[];
  addressWards: string[];
}

/** Body of `POST /api/admin/districts`: a GeoJSON FeatureCollection and which properties name each feature. */
export const districtUploadInput = z.object({
  geojson: z.unknown(),
  codeProperty: z.string().trim().min(1, "must name a property").max(100).default("code"),
  nameProperty: z.string().trim().min(1, "must name a property").max(100).default("name"),
  /** add: new codes are added and known codes get the new shape; replace: also retires every other district. */
  mode: z.enum(["add", "replace"], "must be add or replace").default("add"),
});
export type DistrictUploadInput = z.output<typeof districtUploadInput>;

/** What an upload did. */
export interface DistrictUploadResult {
  added: string[];
  updated: string[];
  retired: string[];
}

/** Body of `PUT /api/admin/districts/:code`: rename, retire (active false) or restore. */
export const districtUpdateInput = z.object({
  name: z.string().trim().min(1, "must not be empty").max(200, "must have at most 200 characters").optional(),
  active: z.boolean("must be true or false").optional(),
});
export type DistrictUpdateInput = z.output<typeof districtUpdateInput>;

/** Body of `POST /api/admin/routing-rules` and `PUT /api/admin/routing-rules/:id`. */
export const routingRuleInput = z.object({
  serviceCode: z.string("is required").trim().min(1, "is required").max(64),
  /** A district code or address ward; null for any district. */
  district: z.string().trim().max(200).nullable().default(null),
  priority: z.enum(PRIORITIES, "must be low, normal, high or urgent").nullable().default(null),
  departmentCode: z.string("is required").trim().min(1, "is required").max(64),
  /** Where the rule goes in the list; the end when left out. */
  position: z.number().int().min(0).max(100_000).optional(),
});
export type RoutingRuleInput = z.output<typeof routingRuleInput>;

/** A routing rule as the admin list shows it. */
export interface RoutingRule {
  id: number;
  position: number;
  serviceCode: string;
  serviceName: string;
  district: string | null;
  priority: string | null;
  departmentCode: string;
  departmentName: string;
}

/** Body of `POST /api/admin/routing-rules/order`: every rule id in its new order. */
export const routingOrderInput = z.object({
  ids: z.array(z.number().int().positive()).min(1, "must list the rules").max(10_000),
});

/** Body of `POST /api/admin/routing/test`: a service, a place (address id, address text or a point), a priority. */
export const routingTestInput = z.object({
  serviceCode: z.string("is required").trim().min(1, "is required").max(64),
  addressId: z.number().int().positive().optional(),
  address: z.string().trim().max(300).optional(),
  lat: z.number().min(-90, "must be between -90 and 90").max(90, "must be between -90 and 90").optional(),
  lng: z
    .number()
    .min(-180, "must be between -180 and 180")
    .max(180, "must be between -180 and 180")
    .optional(),
  priority: z.enum(PRIORITIES, "must be low, normal, high or urgent").optional(),
});
export type RoutingTestInput = z.output<typeof routingTestInput>;

/** Where the district of a request came from. */
export type DistrictSource = "polygon" | "address" | "none";

/** `POST /api/admin/routing/test`: what creating such a request now would decide, and why. */
export interface RoutingTestResult {
  department: { code: string; name: string };
  district: string | null;
  districtSource: DistrictSource;
  priority: string;
  rule: RoutingRule | null;
  location: { label: string | null; lat: number | null; lng: number | null };
  explanation: string;
}
