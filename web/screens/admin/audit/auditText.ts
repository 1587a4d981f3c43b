import type { AuditChange, AuditEntry } from "../../../../common/contracts/audit.js";

/** `api_key.updated` as "Api key updated": readable, and still close to what the CSV says. */
export function humanize(code: string): string {
  const words = code.replaceAll("_", " ").replaceAll(".", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One change as "field: before → after" (or "field: value" when it was set). */
export function changeText(c: AuditChange): string {
  return c.before === null ? `${c.field}: ${c.after ?? "—"}` : `${c.field}: ${c.before} → ${c.after ?? "—"}`;
}

/** The staff screen an object lives on, when it has one. */
export function objectLink(e: AuditEntry): string | null {
  if (!e.entityId) return e.entity === "city" ? "/staff/admin/settings" : null;
  const id = encodeURIComponent(e.entityId);
  switch (e.entity) {
    case "request":
      return `/staff/requests/${id}`;
    case "service":
      return `/staff/admin/services/${id}`;
    case "department":
      return `/staff/admin/departments/${id}`;
    case "agency":
      return `/staff/admin/agencies/${id}`;
    case "user":
      return `/staff/admin/people/${id}`;
    case "api_key":
      return "/staff/admin/api-keys";
    default:
      return null;
  }
}
