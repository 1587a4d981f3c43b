import { z } from "zod";
import { CHANNELS, PRIORITIES } from "../channels.js";
import { CONTACT_PREFERENCES, LANGUAGES } from "../languages.js";
import { CLOSE_REASONS, REQUEST_STATUSES } from "../statuses.js";

/** One answer to a service question: text, a number, or list keys for multivaluelist. */
export const answerValue = z.union([z.string(), z.number(), z.array(z.string())]);

export const locationInput = z
  .object({
    address: z.string().trim().max(300).optional(),
    addressId: z.number().int().positive().optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
  })
  .refine((l) => (l.lat === undefined) === (l.lng === undefined), {
    message: "lat and lng must be given together",
    path: ["lat"],
  });

export const constituentInput = z.object({
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string().trim().max(100).optional(),
  phone: z.string().trim().max(40).optional(),
  email: z.string().trim().toLowerCase().email().max(200).optional(),
  address: z.string().trim().max(300).optional(),
  language: z.enum(LANGUAGES).optional(),
  contactPreference: z.enum(CONTACT_PREFERENCES).optional(),
});

/** Body of `POST /api/requests`. */
export const createRequestInput = z.object({
  serviceCode: z.string().min(1).max(64),
  description: z.string().trim().max(4000).optional(),
  answers: z.record(z.string(), answerValue).default({}),
  location: locationInput.optional(),
  channel: z.enum(CHANNELS).default("phone"),
  priority: z.enum(PRIORITIES).optional(),
  constituentId: z.number().int().positive().optional(),
  constituent: constituentInput.optional(),
});
export type CreateRequestInput = z.input<typeof createRequestInput>;

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)));
const csvText = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean));

/** Query of `GET /api/requests`. Lists accept `a,b` or repeated parameters. */
export const listRequestsQuery = z.object({
  status: csv(REQUEST_STATUSES).optional(),
  service: csvText.optional(),
  department: csvText.optional(),
  assignee: z
    .union([z.literal("me"), z.literal("unassigned"), z.coerce.number().int().positive()])
    .optional(),
  overdue: z.enum(["true", "false"]).optional(),
  q: z.string().trim().max(200).optional(),
  from: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  to: z.iso
    .date()
    .or(z.iso.datetime({ offset: true }))
    .optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListRequestsQuery = z.input<typeof listRequestsQuery>;

export const changeStatusInput = z
  .object({
    status: z.enum(REQUEST_STATUSES),
    closeReason: z.enum(CLOSE_REASONS).optional(),
    note: z.string().trim().max(4000).optional(),
  })
  .refine((b) => b.status !== "closed" || b.closeReason !== undefined, {
    message: "closing a request needs a close reason",
    path: ["closeReason"],
  });
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

export const assignInput = z.object({ assigneeId: z.number().int().positive().nullable() });
export const addNoteInput = z.object({
  body: z.string().trim().min(1).max(4000),
  public: z.boolean().default(false),
});

const ref = z.object({ code: z.string(), name: z.string() });

/** A caller's contact details as staff screens show them (never in public outputs). */
export const constituentContact = z.object({
  id: z.number(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});

export const requestSummary = z.object({
  number: z.string(),
  service: ref,
  status: z.enum(REQUEST_STATUSES),
  closeReason: z.enum(CLOSE_REASONS).nullable(),
  statusLabel: z.string(),
  priority: z.enum(PRIORITIES),
  description: z.string().nullable(),
  address: z.string().nullable(),
  department: ref,
  assignee: z.object({ id: z.number(), name: z.string() }).nullable(),
  channel: z.enum(CHANNELS),
  createdAt: z.string(),
  updatedAt: z.string(),
  dueAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type RequestSummary = z.infer<typeof requestSummary>;

export const timelineEvent = z.object({
  id: z.number(),
  type: z.string(),
  at: z.string(),
  actor: z.object({ id: z.number().nullable(), name: z.string() }).nullable(),
  public: z.boolean(),
  body: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof timelineEvent>;

export const requestDetail = requestSummary.extend({
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  answers: z.array(z.object({ code: z.string(), label: z.string(), value: z.string() })),
  parentNumber: z.string().nullable(),
  constituent: constituentContact.nullable(),
  followers: z.number(),
  events: z.array(timelineEvent),
});
export type RequestDetail = z.infer<typeof requestDetail>;

export const requestList = z.object({ items: z.array(requestSummary), nextCursor: z.string().nullable() });
export type RequestList = z.infer<typeof requestList>;
