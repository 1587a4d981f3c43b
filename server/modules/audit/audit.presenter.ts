import type { AuditChange, AuditEntry } from "../../../common/contracts/audit.js";
import { csvLine } from "../../../common/csv.js";
import { STATUS_LABELS } from "../../../common/statuses.js";
import type { AuditRow } from "./audit.repository.js";

/** Keys never shown, whatever a command put in `data` by mistake: secrets and residents' contact details. */
const HIDDEN_KEY = /password|secret|token|hash|email|phone|first_?name|last_?name|^key$|constituent/i;

/** The request-event fields worth showing; anything else in an event's data stays out of the viewer. */
const EVENT_FIELDS = [
  "service",
  "department",
  "channel",
  "dueAt",
  "closeReason",
  "level",
  "childNumber",
  "parentNumber",
  "followersAdded",
] as const;

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null))
    return value.join(", ");
  return JSON.stringify(value);
}

function isChange(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return ("from" in value && "to" in value) || ("before" in value && "after" in value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A change record's data as fields. Commands record it in a few shapes: `{ x: { from, to } }` (or
 * before/after), `{ changes: {…} }`, `{ before: {…}, after: {…} }` (whole rows: only differences are
 * shown), `{ after: {…} }` (a creation), or plain values that were set.
 */
function adminChanges(data: Record<string, unknown>): AuditChange[] {
  if (isRecord(data.changes) && Object.keys(data).length === 1) return adminChanges(data.changes);
  if (isRecord(data.after) && (data.before == null || isRecord(data.before))) {
    const before: Record<string, unknown> = isRecord(data.before) ? data.before : {};
    const after: Record<string, unknown> = data.after;
    // `after` is what the command was given; fields it was not given (ids, names shown beside codes) did not
    // change, so only its keys are compared.
    return Object.keys(after)
      .filter(
        (k) => !HIDDEN_KEY.test(k) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
      )
      .map((k) => ({
        field: k,
        before: isRecord(data.before) ? text(before[k]) : null,
        after: text(after[k]),
      }));
  }
  if (isRecord(data.before) && !("after" in data)) {
    // A deletion: what the row held.
    return Object.entries(data.before)
      .filter(([k, v]) => !HIDDEN_KEY.test(k) && k !== "id" && v !== null && v !== undefined)
      .map(([k, v]) => ({ field: k, before: text(v), after: null }));
  }
  if ("before" in data && "after" in data) {
    // A value that is not a record (a department's list of working periods).
    return [{ field: "value", before: text(data.before), after: text(data.after) }];
  }
  const out: AuditChange[] = [];
  for (const [field, value] of Object.entries(data)) {
    if (HIDDEN_KEY.test(field)) continue;
    if (isChange(value)) {
      out.push({
        field,
        before: text("from" in value ? value.from : value.before),
        after: text("to" in value ? value.to : value.after),
      });
    } else out.push({ field, before: null, after: text(value) });
  }
  return out;
}

function eventChanges(type: string, data: Record<string, unknown>): AuditChange[] {
  const out: AuditChange[] = [];
  // An assignment's from/to are user ids; its summary names the people.
  if ("from" in data && "to" in data && type !== "assigned") {
    const field = type === "reassigned" ? "department" : "status";
    const from = text(data.from);
    const before = type === "reassigned" ? from : (STATUS_LABELS[from as keyof typeof STATUS_LABELS] ?? from);
    out.push({ field, before, after: text(data.label && type !== "reassigned" ? data.label : data.to) });
  }
  for (const field of EVENT_FIELDS) {
    if (data[field] !== undefined && data[field] !== null)
      out.push({ field, before: null, after: text(data[field]) });
  }
  return out;
}

/** A non-staff actor as shown: residents are "resident", whatever label their channel gave them. */
function actorShown(row: AuditRow): string {
  if (row.actor_user_id === null && /^resident/i.test(row.actor_label)) return "resident";
  return row.actor_label;
}

/** One merged row as the viewer and the CSV show it. */
export function presentAuditRow(row: AuditRow): AuditEntry {
  const raw = typeof row.data === "string" ? (JSON.parse(row.data) as unknown) : row.data;
  const data =
    typeof raw === "object" && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const isEvent = row.src === "e";
  return {
    id: `${row.src}${row.id}`,
    at: new Date(row.at_key).toISOString(),
    actor: { userId: row.actor_user_id === null ? null : Number(row.actor_user_id), label: actorShown(row) },
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    changes: isEvent ? eventChanges(row.action.slice("request.".length), data) : adminChanges(data),
    summary: isEvent ? row.body : null,
  };
}

/** The CSV's columns, in order. */
export const AUDIT_CSV_HEADER = [
  "at",
  "actor",
  "actor_user_id",
  "action",
  "object_type",
  "object_id",
  "changes",
  "summary",
] as const;

/** Changes as one readable cell: `status: New → In progress; department: PW`. */
export function changesText(changes: readonly AuditChange[]): string {
  return changes
    .map((c) =>
      c.before === null ? `${c.field}: ${c.after ?? ""}` : `${c.field}: ${c.before} → ${c.after ?? ""}`,
    )
    .join("; ");
}

/** One CSV line for an entry. */
export function auditCsvLine(e: AuditEntry): string {
  return csvLine([
    e.at,
    e.actor.label,
    e.actor.userId,
    e.action,
    e.entity,
    e.entityId,
    changesText(e.changes),
    e.summary,
  ]);
}
