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
  district: csvText.optional(),
  /** The order of the list; the default puts overdue work first, then the rest by due date. */
  sort: z.enum(["overdue", "due", "newest", "oldest"]).default("overdue"),
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

/** The orders a request list can be read in. */
export const REQUEST_SORTS = ["overdue", "due", "newest", "oldest"] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

/**
 * `GET /api/requests/counts`: how many requests match the filter. `byStatus` ignores the status filter (so a
 * screen can say how many are in each status), `total` and `overdue` apply all of it.
 */
export const requestCounts = z.object({
  total: z.number(),
  overdue: z.number(),
  byStatus: z.record(z.enum(REQUEST_STATUSES), z.number()),
});
export type RequestCounts = z.infer<typeof requestCounts>;

/** The most requests `GET /api/requests/map` returns; `truncated` says there were more. */
export const MAP_LIMIT = 2000;

/** `GET /api/requests/map`: the located requests of the same filter, in the list's order. */
export const requestMap = z.object({
  items: z.array(
    z.object({
      number: z.string(),
      lat: z.number(),
      lng: z.number(),
      status: z.enum(REQUEST_STATUSES),
      statusLabel: z.string(),
      service: z.string(),
      overdue: z.boolean(),
    }),
  ),
  /** Matching requests with no location, which the map cannot show. */
  unlocated: z.number(),
  truncated: z.boolean(),
});
export type RequestMap = z.infer<typeof requestMap>;

const requestNumbers = z
  .array(z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number"))
  .min(1)
  .max(200)
  .refine((list) => new Set(list).size === list.length, { message: "lists a request twice" });

/** Body of `POST /api/requests/bulk`: one change to many requests, all or nothing. */
export const bulkInput = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("assign"),
    numbers: requestNumbers,
    assigneeId: z.number().int().positive().nullable(),
  }),
  z
    .object({
      action: z.literal("status"),
      numbers: requestNumbers,
      status: z.enum(REQUEST_STATUSES),
      closeReason: z.enum(CLOSE_REASONS).optional(),
      note: z.string().trim().max(4000).optional(),
    })
    .refine((b) => b.status !== "closed" || b.closeReason !== undefined, {
      message: "closing a request needs a close reason",
      path: ["closeReason"],
    }),
]);
export type BulkInput = z.input<typeof bulkInput>;

/** A successful bulk change: every listed request was changed (each with its own timeline event). */
export const bulkResult = z.object({ numbers: z.array(z.string()) });
export type BulkResult = z.infer<typeof bulkResult>;

/** One refused request in a bulk change's error `details`. */
export const bulkProblem = z.object({
  field: z.string(),
  number: z.string(),
  code: z.string(),
  message: z.string(),
});
export type BulkProblem = z.infer<typeof bulkProblem>;

/** Body of `POST /api/requests/:number/reassign`: hand the request to another department, saying why. */
export const reassignInput = z.object({
  departmentCode: z.string().min(1).max(64),
  reason: z.string().trim().min(1).max(2000),
});
export type ReassignInput = z.infer<typeof reassignInput>;

/** Body of `POST /api/requests/views`: a named list filter (the list's query string). Same name: replaced. */
export const savedViewInput = z.object({
  name: z.string().trim().min(1).max(80),
  query: z
    .string()
    .trim()
    .max(2000)
    .transform((q) => q.replace(/^\?/, "")),
});
export type SavedViewInput = z.input<typeof savedViewInput>;

export const savedView = z.object({
  id: z.number(),
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
});
export type SavedView = z.infer<typeof savedView>;

/** A photo of a request, as staff screens link to it. */
export const requestPhoto = z.object({
  url: z.string(),
  filename: z.string(),
  contentType: z.string(),
  public: z.boolean(),
});

/** `GET /api/requests/:number`: the detail with the request's district and photos. */
export const staffRequestDetail = requestDetail.extend({
  district: z.string().nullable(),
  photos: z.array(requestPhoto),
});
export type StaffRequestDetail = z.infer<typeof staffRequestDetail>;
