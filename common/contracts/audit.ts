import { z } from "zod";

/** Most rows one page of the audit log viewer returns. */
export const AUDIT_PAGE_MAX = 200;
/** Most rows one CSV download holds; a longer result ends with a line saying it was cut. */
export const AUDIT_CSV_MAX_ROWS = 100_000;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters.`)
    .optional()
    .transform((v) => (v === "" ? undefined : v));

/**
 * Filters of `GET /api/admin/audit` and `/api/admin/audit.csv`. `person` is a staff user's id, or
 * `system` for changes made by no staff member (the system, residents, Open311 clients, the command line).
 * `from`/`to` are the city's local days, inclusive.
 */
export const auditFilters = z.object({
  person: z
    .string()
    .trim()
    .regex(/^(system|[1-9][0-9]{0,8})$/, "Person must be a staff member's id or “system”.")
    .optional(),
  entity: z
    .string()
    .trim()
    .regex(/^[a-z][a-z_]{0,39}$/, "Object type must be a word such as service or api_key.")
    .optional(),
  entityId: optionalText(100, "Object id"),
  action: z
    .string()
    .trim()
    .regex(/^[a-z][a-z_.]{0,79}$/, "Action must look like api_key.updated, or its first part.")
    .optional(),
  from: z.iso.date("From must be a date (YYYY-MM-DD).").optional(),
  to: z.iso.date("To must be a date (YYYY-MM-DD).").optional(),
  q: optionalText(200, "Text"),
});
export type AuditFilters = z.infer<typeof auditFilters>;

/** Query of `GET /api/admin/audit`: the filters, a page size and the cursor of the previous page. */
export const auditQuery = auditFilters.extend({
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  cursor: z.string().max(200).optional(),
});
export type AuditQuery = z.input<typeof auditQuery>;

/** One field's change, as text: `before` is null for a value that was set, not changed. */
export const auditChange = z.object({
  field: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditChange = z.infer<typeof auditChange>;

/**
 * One change: an administrative audit record or an event of a request's timeline. A resident is shown
 * as "resident", never by name; request notes and comments are never shown.
 */
export const auditEntry = z.object({
  /** `a<id>` for an audit record, `e<id>` for a request event. */
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ userId: z.number().int().nullable(), label: z.string() }),
  action: z.string(),
  /** The kind of object changed: request, service, department, user, api_key… */
  entity: z.string(),
  /** Its id: a request's number, a service's code when recorded, otherwise the record's id. */
  entityId: z.string().nullable(),
  changes: z.array(auditChange),
  /** A sentence the system wrote about the change ("Assigned to Dana Lee"), when there is one. */
  summary: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** Body of `GET /api/admin/audit`: newest first; `total` counts every row the filters match. */
export const auditPage = z.object({
  items: z.array(auditEntry),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPage>;

/** Body of `GET /api/admin/audit/facets`: the choices the filter form offers. */
export const auditFacets = z.object({
  people: z.array(z.object({ id: z.number().int(), name: z.string() })),
  entities: z.array(z.string()),
  actions: z.array(z.string()),
});
export type AuditFacets = z.infer<typeof auditFacets>;
