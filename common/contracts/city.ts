import { z } from "zod";
import { LANGUAGES } from "../languages.js";

/**
 * USWDS theme color tokens a city may pick for its portal's header and buttons: each passes WCAG AA
 * contrast with white text, so a city's choice can never make the portal unreadable.
 */
export const PORTAL_COLORS = [
  "blue-60v",
  "blue-70v",
  "blue-warm-70v",
  "indigo-70v",
  "violet-70v",
  "magenta-70v",
  "red-70v",
  "orange-70v",
  "green-70v",
  "green-cool-70v",
  "mint-70v",
  "cyan-70v",
  "gray-80",
] as const;
export type PortalColor = (typeof PORTAL_COLORS)[number];

/** The city's settings an administrator edits (`PUT /api/admin/city`); the time zone is configuration. */
export const citySettings = z.object({
  name: z.string().trim().min(1, "Enter the city's name").max(120),
  state: z.string().trim().max(60).nullable(),
  phone311: z.string().trim().min(1, "Enter the number residents dial inside the city").max(40),
  outsidePhone: z.string().trim().max(40).nullable(),
  /** Public contact email of the 311 center. */
  email: z.string().trim().max(200).nullable(),
  /** Public street address of the 311 center or City Hall. */
  address: z.string().trim().max(300).nullable(),
  /** Opening hours of the 311 center, as residents should read them. */
  hours: z.string().trim().max(300).nullable(),
  webUrl: z.string().trim().max(300).nullable(),
  /** Open311 `jurisdiction_id` (the city's web domain without "www"); null accepts any. */
  jurisdictionId: z.string().trim().max(200).nullable(),
  /** Where the portal's logo is served from (set by uploading one); null shows the city's name only. */
  logoUrl: z.string().max(300).nullable(),
  primaryColor: z.enum(PORTAL_COLORS).nullable(),
  /** Languages offered to residents; English is always one of them. */
  languages: z.array(z.enum(LANGUAGES)).min(1),
  /** Map tiles for the portal's and console's maps (`{z}/{x}/{y}` template); null draws the city's own streets. */
  mapTileUrl: z.string().trim().max(300).nullable(),
  mapAttribution: z.string().trim().max(300).nullable(),
});
export type CitySettings = z.infer<typeof citySettings>;

/** Body of `GET /api/city`: the settings and the configured time zone. */
export const cityInfo = citySettings.extend({ timeZone: z.string() });
export type CityInfo = z.infer<typeof cityInfo>;
