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

/** Each portal color token's value in the USWDS palette (@uswds/uswds 3, packages/uswds-core tokens). */
export const PORTAL_COLOR_HEX: Record<PortalColor, string> = {
  "blue-60v": "#005ea2",
  "blue-70v": "#0b4778",
  "blue-warm-70v": "#1a4480",
  "indigo-70v": "#3333a3",
  "violet-70v": "#54278f",
  "magenta-70v": "#731f44",
  "red-70v": "#8b0a03",
  "orange-70v": "#5f3617",
  "green-70v": "#2f4a0b",
  "green-cool-70v": "#154c21",
  "mint-70v": "#0c4e29",
  "cyan-70v": "#0e4f5c",
  "gray-80": "#2e2e2e",
};

/** How each color is named to the administrator choosing it. */
export const PORTAL_COLOR_NAMES: Record<PortalColor, string> = {
  "blue-60v": "Blue",
  "blue-70v": "Dark blue",
  "blue-warm-70v": "Navy",
  "indigo-70v": "Indigo",
  "violet-70v": "Violet",
  "magenta-70v": "Magenta",
  "red-70v": "Red",
  "orange-70v": "Brown",
  "green-70v": "Olive green",
  "green-cool-70v": "Green",
  "mint-70v": "Mint green",
  "cyan-70v": "Teal",
  "gray-80": "Charcoal",
};

/** WCAG 2 contrast ratio between two #rrggbb colors (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The largest logo accepted, in bytes: a header image, not a poster. */
export const MAX_LOGO_BYTES = 256 * 1024;

// Forms send "" for a field left empty; stored and served, an empty optional field is null.
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters`)
    .nullable()
    .transform((v) => (v === "" ? null : v));

const isHttpUrl = (v: string) => {
  try {
    const url = new URL(v);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

const optionalUrl = (max: number, message: string) =>
  optionalText(max).refine((v) => v === null || isHttpUrl(v), message);

// A host name as a browser would accept it: labels of letters, digits and hyphens, with a dot-separated TLD.
const DOMAIN = /^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The city's settings an administrator edits (`PUT /api/admin/city`); the time zone is configuration. */
export const citySettings = z.object({
  name: z.string().trim().min(1, "Enter the city's name").max(120, "Use at most 120 characters"),
  state: optionalText(60),
  phone311: z
    .string()
    .trim()
    .min(1, "Enter the number residents dial inside the city")
    .max(40, "Use at most 40 characters"),
  outsidePhone: optionalText(40),
  /** Public contact email of the 311 center. */
  email: optionalText(200).refine(
    (v) => v === null || EMAIL.test(v),
    "Enter an email address like 311@city.gov",
  ),
  /** Public street address of the 311 center or City Hall. */
  address: optionalText(300),
  /** Opening hours of the 311 center, as residents should read them. */
  hours: optionalText(300),
  webUrl: optionalUrl(300, "Enter a web address starting with https:// or http://"),
  /** Open311 `jurisdiction_id` (the city's web domain without "www"); null accepts any. */
  jurisdictionId: optionalText(200).refine(
    (v) => v === null || DOMAIN.test(v),
    "Enter a domain name like city.gov (no https:// and no slashes)",
  ),
  /** Where the portal's logo is served from (set by uploading one); null shows the city's name only. */
  logoUrl: z.string().max(300).nullable(),
  /** A USWDS color token from PORTAL_COLORS; null keeps the portal's standard dark blue. */
  primaryColor: z.enum(PORTAL_COLORS, "Choose one of the listed colors").nullable(),
  /** Languages offered to residents; English is always one of them. */
  languages: z
    .array(z.enum(LANGUAGES, `Choose among ${LANGUAGES.join(", ")}`))
    .refine((v) => v.includes("en"), "English is always offered")
    .transform((v) => LANGUAGES.filter((l) => v.includes(l))),
  /** Map tiles for the portal's and console's maps (`{z}/{x}/{y}` template); null draws the city's own streets. */
  mapTileUrl: optionalUrl(300, "Enter a tile address starting with https:// or http://").refine(
    (v) => v === null || ["{z}", "{x}", "{y}"].every((p) => v.includes(p)),
    "The tile address must contain {z}, {x} and {y}",
  ),
  /** Credit the tile provider requires on the map ("© OpenStreetMap contributors"). */
  mapAttribution: optionalText(300),
});
export type CitySettings = z.infer<typeof citySettings>;

/** Body of `PUT /api/admin/city`: every setting except the logo, which is uploaded on its own. */
export const citySettingsInput = citySettings.omit({ logoUrl: true });
export type CitySettingsInput = z.input<typeof citySettingsInput>;

/** Body of `GET /api/city`: the settings and the configured time zone. */
export const cityInfo = citySettings.extend({ timeZone: z.string() });
export type CityInfo = z.infer<typeof cityInfo>;

/** Body of `GET /api/admin/city`: the settings, the time zone and where the time zone is set. */
export interface CityAdminView extends CityInfo {
  timeZoneSource: string;
}
