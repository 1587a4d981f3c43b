import { z } from "zod";
import { PRIORITIES, QUESTION_DATATYPES, SLA_UNITS } from "../channels.js";
import { LANGUAGES } from "../languages.js";
import { citySettings, PORTAL_COLORS } from "./city.js";
import { type MenuText, type PhoneSettings, phoneSettings } from "./telephony.js";

// The city's configuration as one file (docs/configuration.md). Keys are snake_case, as YAML files usually
// are; optional text is null when missing, so a file and the database compare field by field.

const code = (what: string) =>
  z
    .string(`Give the ${what}'s code`)
    .regex(/^[a-z0-9][a-z0-9_-]*$/, `A ${what} code uses lower-case letters, digits, "_" and "-" only`);
const text = (what: string, max = 2000) =>
  z.string(`Give the ${what} as text`).trim().min(1, `Give the ${what}`).max(max);
const optionalText = (max = 2000) => z.string().trim().max(max).nullable().default(null);
const active = z.boolean("active is true or false").default(true);
const otherLanguage = z.enum(
  LANGUAGES.filter((l) => l !== "en") as [string, ...string[]],
  `A translation language is one of ${LANGUAGES.filter((l) => l !== "en").join(", ")}`,
);

const span = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, 'Write working hours as "08:30-16:30"')
  .refine((s) => s.slice(0, 5) < s.slice(6), "Working hours must close after they open");
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const workingHours = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((d) => [d, z.array(span).optional()])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodOptional<z.ZodArray<typeof span>>
  >,
);

// The fields the settings screen checks (email, web address, domain, tile template) are checked the same way here.
export const configCity = z.strictObject({
  name: text("city's name", 120),
  state: optionalText(60),
  phone311: text("number residents dial inside the city", 40),
  outside_phone: optionalText(40),
  email: citySettings.shape.email.default(null),
  address: optionalText(300),
  hours: optionalText(300),
  web_url: citySettings.shape.webUrl.default(null),
  jurisdiction_id: citySettings.shape.jurisdictionId.default(null),
  logo_url: optionalText(300),
  primary_color: z
    .enum(PORTAL_COLORS, `primary_color is one of ${PORTAL_COLORS.join(", ")}`)
    .nullable()
    .default(null),
  languages: z
    .array(z.enum(LANGUAGES, `A language is one of ${LANGUAGES.join(", ")}`))
    .min(1)
    .refine((l) => l.includes("en"), "English (en) is always one of the languages"),
  map_tile_url: citySettings.shape.mapTileUrl.default(null),
  map_attribution: optionalText(300),
  /** Information only: the time zone is the server's TZ setting; an import must match it. */
  time_zone: z.string().optional(),
});

export const configDepartment = z.strictObject({
  code: code("department"),
  name: text("department's name", 200),
  phone: optionalText(40),
  transfer_phone: optionalText(40),
  email: optionalText(200),
  hours: optionalText(300),
  address: optionalText(300),
  web_url: optionalText(300),
  description: optionalText(),
  caller_script: optionalText(),
  active,
  working_hours: workingHours.default({}),
  translations: z
    .partialRecord(otherLanguage, z.strictObject({ name: optionalText(200), description: optionalText() }))
    .default({}),
});

export const configAgency = z.strictObject({
  code: code("agency"),
  name: text("agency's name", 200),
  phone: optionalText(40),
  hours: optionalText(300),
  address: optionalText(300),
  web_url: optionalText(300),
  handles: optionalText(),
  caller_script: optionalText(),
  active,
});

export const configHoliday = z.strictObject({
  date: z
    .string('Write the date as "2026-12-25"')
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the date as "2026-12-25"')
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      "Not a real date",
    ),
  name: text("holiday's name", 200),
});

const escalationLevel = z.strictObject({
  level: z.number().int().min(1, "Levels start at 1"),
  minutes_from_due: z.number("minutes_from_due is a number of minutes (negative: before the due time)").int(),
  label: text("level's label", 200),
});

export const configQuestion = z.strictObject({
  code: code("question"),
  datatype: z.enum(QUESTION_DATATYPES, `datatype is one of ${QUESTION_DATATYPES.join(", ")}`),
  prompt: text("question's prompt", 500),
  help: optionalText(1000),
  required: z.boolean().default(false),
  active,
  values: z.array(z.strictObject({ key: code("value"), name: text("value's name", 200) })).default([]),
});

const questionTranslation = z.strictObject({
  prompt: optionalText(500),
  help: optionalText(1000),
  values: z.record(z.string(), z.string()).default({}),
});

export const configService = z.strictObject({
  code: code("service"),
  name: text("service's name", 200),
  group: text("service's group", 120),
  description: optionalText(),
  keywords: z.array(z.string().trim().min(1)).default([]),
  department: code("department"),
  priority: z.enum(PRIORITIES, `priority is one of ${PRIORITIES.join(", ")}`).default("normal"),
  sla: z
    .strictObject({
      value: z.number("The SLA value is a number").int().min(1, "The SLA value is at least 1"),
      unit: z.enum(SLA_UNITS, `The SLA unit is one of ${SLA_UNITS.join(", ")}`),
    })
    .nullable()
    .default(null),
  escalation: z.array(escalationLevel).default([]),
  duplicate_radius_m: z.number().int().min(0).max(5000).default(50),
  available_online: z.boolean().default(true),
  operator_instructions: optionalText(),
  active,
  questions: z.array(configQuestion).default([]),
  translations: z
    .partialRecord(
      otherLanguage,
      z.strictObject({
        name: optionalText(200),
        description: optionalText(),
        questions: z.record(z.string(), questionTranslation).default({}),
      }),
    )
    .default({}),
});

export const configServiceGroup = z.strictObject({
  name: text("group's name", 120),
  translations: z.partialRecord(otherLanguage, z.string().trim().min(1)).default({}),
});

export const configRoutingRule = z.strictObject({
  service: code("service"),
  district: z.string().trim().min(1).nullable().default(null),
  priority: z
    .enum(PRIORITIES, `priority is one of ${PRIORITIES.join(", ")}`)
    .nullable()
    .default(null),
  department: code("department"),
});

export const configDistrict = z.strictObject({
  code: code("district"),
  name: text("district's name", 200),
  active,
  geometry: z.strictObject({
    type: z.enum(["Polygon", "MultiPolygon"], "The geometry is a GeoJSON Polygon or MultiPolygon"),
    coordinates: z.array(z.unknown()).min(1, "The geometry has no coordinates"),
  }),
});

const seconds = (key: string, min: number, max: number) =>
  z
    .number(`${key} is a whole number of seconds from ${min} to ${max}`)
    .int(`${key} is a whole number of seconds from ${min} to ${max}`)
    .min(min, `${key} is a whole number of seconds from ${min} to ${max}`)
    .max(max, `${key} is a whole number of seconds from ${min} to ${max}`);
const spoken = (what: string, max: number) =>
  z
    .string(`Give ${what} as text`)
    .trim()
    .min(1, `Give ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} has at most ${max} characters`);

/** The phone menu's words in one language (the same texts as the phone line's settings, snake_case). */
export const configMenuText = z.strictObject({
  greeting: spoken("the greeting", 1000),
  options: spoken("the options read after the greeting", 1000),
  status_prompt: spoken("the prompt for a tracking number", 500),
  not_found: spoken("what callers hear for an unknown tracking number", 500),
  holding: spoken("what callers hear while they wait", 500),
  callback_offer: spoken("the callback offer", 500),
  callback_confirmed: spoken("the callback confirmation", 500),
  goodbye: spoken("the goodbye", 500),
});

const limits = phoneSettings.shape;
/** The phone line (`settings` "phone"): service level, callback offer, the hours article, away reasons, menu. */
export const configPhone = z.strictObject({
  service_level_seconds: seconds(
    "service_level_seconds",
    limits.serviceLevelSeconds.minValue ?? 5,
    limits.serviceLevelSeconds.maxValue ?? 600,
  ),
  callback_offer_seconds: seconds(
    "callback_offer_seconds",
    limits.callbackOfferSeconds.minValue ?? 10,
    limits.callbackOfferSeconds.maxValue ?? 3600,
  ),
  hours_article: z
    .string("hours_article is an article's address (its slug), such as city-hall-hours")
    .trim()
    .min(1, "hours_article is an article's address (its slug), such as city-hall-hours")
    .max(200),
  away_reasons: z
    .array(spoken("an away reason", 40), "away_reasons is a list of words, such as [break, lunch]")
    .min(1, "Give at least one away reason")
    .max(20, "Give at most 20 away reasons"),
  menu: z.strictObject({
    en: configMenuText,
    /** Left out: the menu is in English only (no "para español"). */
    es: configMenuText.optional(),
  }),
});
export type ConfigPhone = z.infer<typeof configPhone>;

const MENU_KEYS: [keyof MenuText, keyof z.infer<typeof configMenuText>][] = [
  ["greeting", "greeting"],
  ["options", "options"],
  ["statusPrompt", "status_prompt"],
  ["notFound", "not_found"],
  ["holding", "holding"],
  ["callbackOffer", "callback_offer"],
  ["callbackConfirmed", "callback_confirmed"],
  ["goodbye", "goodbye"],
];
const menuToFile = (m: MenuText) =>
  Object.fromEntries(MENU_KEYS.map(([k, f]) => [f, m[k]])) as z.infer<typeof configMenuText>;
const menuFromFile = (m: z.infer<typeof configMenuText>) =>
  Object.fromEntries(MENU_KEYS.map(([k, f]) => [k, m[f]])) as MenuText;

/** The phone line's settings as the file writes them. */
export function phoneToFile(p: PhoneSettings): ConfigPhone {
  return {
    service_level_seconds: p.serviceLevelSeconds,
    callback_offer_seconds: p.callbackOfferSeconds,
    hours_article: p.hoursArticle,
    away_reasons: [...p.awayReasons],
    menu: { en: menuToFile(p.menu.en), ...(p.menu.es ? { es: menuToFile(p.menu.es) } : {}) },
  };
}

/** The file's `phone:` section as the phone line's settings. */
export function phoneFromFile(f: ConfigPhone): PhoneSettings {
  return {
    serviceLevelSeconds: f.service_level_seconds,
    callbackOfferSeconds: f.callback_offer_seconds,
    hoursArticle: f.hours_article,
    awayReasons: [...f.away_reasons],
    menu: { en: menuFromFile(f.menu.en), ...(f.menu.es ? { es: menuFromFile(f.menu.es) } : {}) },
  };
}

/** The whole file. A section left out is not managed by the file: its part of the database stays as it is. */
export const configFile = z.strictObject({
  version: z.literal(1, "This civic311 understands configuration files of version: 1"),
  city: configCity.optional(),
  departments: z.array(configDepartment).optional(),
  agencies: z.array(configAgency).optional(),
  holidays: z.array(configHoliday).optional(),
  service_groups: z.array(configServiceGroup).optional(),
  services: z.array(configService).optional(),
  escalation_defaults: z.array(escalationLevel).optional(),
  routing_rules: z.array(configRoutingRule).optional(),
  districts: z.array(configDistrict).optional(),
  synonyms: z
    .array(z.array(z.string().trim().min(1)).min(2, "A synonym group has at least two words"))
    .optional(),
  phone: configPhone.optional(),
});
export type ConfigFile = z.infer<typeof configFile>;
export type ConfigSection = Exclude<keyof ConfigFile, "version">;

/** One problem in a file, with where it is. */
export interface ConfigProblem {
  path: string;
  line: number | null;
  message: string;
}

/** One field of one object that differs: `before` is the database's value, `after` the file's. */
export interface ConfigFieldChange {
  field: string;
  before: string;
  after: string;
}

/** One object the import adds, changes, retires (active = false) or deletes. */
export interface ConfigChange {
  section: ConfigSection;
  action: "create" | "update" | "retire" | "delete";
  key: string;
  label: string;
  fields: ConfigFieldChange[];
}

/** `POST /api/admin/config/preview`: the problems, or the changes and the database's fingerprint. */
export type ConfigPreview =
  | { ok: false; problems: ConfigProblem[] }
  | { ok: true; changes: ConfigChange[]; fingerprint: string };

export const configPreviewBody = z.object({ yaml: z.string("Send the file's text as yaml") });
export const configImportBody = z.object({
  yaml: z.string("Send the file's text as yaml"),
  fingerprint: z.string("Preview the changes first: send the preview's fingerprint").min(1),
});

/** `POST /api/admin/config/import`: what was applied. */
export interface ConfigImportResult {
  changes: ConfigChange[];
}
