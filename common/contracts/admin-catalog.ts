import { z } from "zod";
import { PRIORITIES, QUESTION_DATATYPES, SLA_UNITS } from "../channels.js";

// Administration of departments, agencies and service types (issue 9). Inputs trim text and turn blanks into
// null, so a cleared field is stored as "not set" rather than an empty string.

const text = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : null));

const requiredText = (max: number) =>
  z
    .string({ error: "is required" })
    .trim()
    .min(1, "is required")
    .max(max, `must be at most ${max} characters`);

/** A department, agency or service code: what URLs, Open311 and configuration files use. */
export const catalogCode = z
  .string({ error: "is required" })
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "must be 1 to 40 lowercase letters, digits, - or _ (no spaces)");

const webUrl = text(500).refine((v) => v === null || /^https?:\/\/\S+$/.test(v), {
  message: "must be a web address starting with http:// or https://",
});
const email = text(200).refine((v) => v === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
  message: "must be an email address like parking@city.gov",
});

/** Per language code (not English, which is the entity's own text): translated fields. */
const translations = <T extends z.ZodType>(fields: T) => z.record(z.string(), fields).default({});

export const departmentInput = z.object({
  code: catalogCode,
  name: requiredText(120),
  phone: text(40),
  transferPhone: text(40),
  email,
  hours: text(300),
  address: text(300),
  webUrl,
  description: text(2000),
  callerScript: text(2000),
  translations: translations(z.object({ name: text(120), description: text(2000) })),
});
export type DepartmentInput = z.input<typeof departmentInput>;

export const agencyInput = z.object({
  code: catalogCode,
  name: requiredText(120),
  phone: text(40),
  hours: text(300),
  address: text(300),
  webUrl,
  handles: text(2000),
  callerScript: text(2000),
});
export type AgencyInput = z.input<typeof agencyInput>;

export const questionValueInput = z.object({
  key: z
    .string({ error: "is required" })
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "must be 1 to 40 lowercase letters, digits, - or _"),
  name: requiredText(200),
  translations: translations(text(200)),
});

export const questionInput = z.object({
  code: z
    .string({ error: "is required" })
    .trim()
    .regex(/^[a-z0-9][a-z0-9_]{0,39}$/, "must be 1 to 40 lowercase letters, digits or _"),
  datatype: z.enum(QUESTION_DATATYPES, { error: "must be one of the six Open311 datatypes" }),
  prompt: requiredText(300),
  helpText: text(500),
  required: z.boolean().default(false),
  values: z.array(questionValueInput).max(100, "may have at most 100 choices").default([]),
  translations: translations(z.object({ prompt: text(300), helpText: text(500) })),
});
export type QuestionInput = z.input<typeof questionInput>;

export const escalationLevelInput = z.object({
  level: z
    .number({ error: "must be a number" })
    .int()
    .min(1, "must be 1 or more")
    .max(9, "must be 9 or less"),
  minutesFromDue: z
    .number({ error: "must be a number of minutes" })
    .int("must be whole minutes")
    .min(-43_200, "must be within 30 days of the due time")
    .max(43_200, "must be within 30 days of the due time"),
  label: requiredText(120),
});

export const serviceInput = z.object({
  code: catalogCode,
  name: requiredText(120),
  group: requiredText(80),
  description: text(2000),
  keywords: z.array(z.string().trim().min(1).max(60, "must be at most 60 characters")).max(50).default([]),
  departmentCode: z.string({ error: "is required" }).trim().min(1, "is required"),
  priority: z.enum(PRIORITIES, { error: "must be low, normal, high or urgent" }).default("normal"),
  sla: z
    .object({
      value: z
        .number({ error: "must be a number" })
        .int("must be a whole number")
        .min(1, "must be 1 or more")
        .max(10_000, "must be 10000 or less"),
      unit: z.enum(SLA_UNITS, { error: "must be business hours, business days or calendar days" }),
    })
    .nullable()
    .default(null),
  escalation: z.array(escalationLevelInput).max(9).nullable().default(null),
  duplicateRadiusM: z
    .number({ error: "must be a number of metres" })
    .int("must be whole metres")
    .min(0, "must be 0 or more")
    .max(5000, "must be 5000 metres or less")
    .default(50),
  availableOnline: z.boolean().default(true),
  operatorInstructions: text(4000),
  questions: z.array(questionInput).max(40, "may have at most 40 questions").default([]),
  /** `group` is the group's name, shared by every service of the group. */
  translations: translations(z.object({ name: text(120), description: text(2000), group: text(80) })),
});
export type ServiceInput = z.input<typeof serviceInput>;
export type ServiceInputParsed = z.output<typeof serviceInput>;

export const codeParams = z.object({ code: z.string().min(1).max(60) });

/** A department as administrators see it (all fields, retired ones too). */
export interface AdminDepartment {
  code: string;
  name: string;
  phone: string | null;
  transferPhone: string | null;
  email: string | null;
  hours: string | null;
  address: string | null;
  webUrl: string | null;
  description: string | null;
  callerScript: string | null;
  active: boolean;
  services: { code: string; name: string; active: boolean }[];
  translations: Record<string, { name: string | null; description: string | null }>;
}

export interface AdminAgency {
  code: string;
  name: string;
  phone: string | null;
  hours: string | null;
  address: string | null;
  webUrl: string | null;
  handles: string | null;
  callerScript: string | null;
  active: boolean;
}

export interface AdminServiceSummary {
  code: string;
  name: string;
  group: string;
  department: { code: string; name: string };
  priority: string;
  sla: { value: number; unit: string } | null;
  availableOnline: boolean;
  active: boolean;
  questions: number;
}

export interface AdminQuestion {
  code: string;
  datatype: (typeof QUESTION_DATATYPES)[number];
  prompt: string;
  helpText: string | null;
  required: boolean;
  values: { key: string; name: string; translations: Record<string, string | null> }[];
  translations: Record<string, { prompt: string | null; helpText: string | null }>;
}

export interface AdminService {
  code: string;
  name: string;
  group: string;
  description: string | null;
  keywords: string[];
  departmentCode: string;
  departmentName: string;
  priority: (typeof PRIORITIES)[number];
  sla: { value: number; unit: (typeof SLA_UNITS)[number] } | null;
  /** This service's own levels, or null when it uses the city's default levels (shown in `defaultEscalation`). */
  escalation: { level: number; minutesFromDue: number; label: string }[] | null;
  defaultEscalation: { level: number; minutesFromDue: number; label: string }[];
  duplicateRadiusM: number;
  availableOnline: boolean;
  operatorInstructions: string | null;
  active: boolean;
  updatedAt: string;
  questions: AdminQuestion[];
  translations: Record<string, { name: string | null; description: string | null; group: string | null }>;
}
