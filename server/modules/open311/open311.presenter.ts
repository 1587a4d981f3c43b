import type { ServiceWithQuestions } from "../catalog/index.js";
import { list, type Node, w3c } from "./open311.format.js";
import type { PublicEventRow, PublicRequestRow } from "./open311.repository.js";

/** Keywords FixMyStreet acts on (private, staff-only, disabled, waste-only categories): never sent by accident. */
const FMS_MAGIC_KEYWORDS = new Set(["private", "staff", "inactive", "waste_only"]);

const CLOSED_STATUS: Record<string, string> = {
  fixed: "fixed",
  no_action_needed: "no_further_action",
  duplicate: "duplicate",
  referred: "internal_referral",
  not_city_responsibility: "not_councils_responsibility",
};
const OPEN_STATUS: Record<string, string> = {
  new: "open",
  acknowledged: "investigating",
  in_progress: "in_progress",
  on_hold: "action_scheduled",
};

/** The v2 status: only `open` and `closed` exist on the standard endpoints. */
export function v2Status(status: string): "open" | "closed" {
  return status === "closed" ? "closed" : "open";
}

/**
 * The extended (FixMyStreet) status, so "closed as duplicate" or "not our responsibility" never reads as fixed.
 * A reopened request reads `reopen` at the moment of reopening.
 */
export function extendedStatus(status: string, closeReason: string | null, eventType?: string): string {
  if (eventType === "reopened") return "reopen";
  if (status === "closed") return CLOSED_STATUS[closeReason ?? ""] ?? "closed";
  return OPEN_STATUS[status] ?? "open";
}

/** One service of GET services. */
export function presentService(s: ServiceWithQuestions): Node {
  return {
    service_code: s.code,
    service_name: s.name,
    description: s.description ?? "",
    metadata: s.questions.length > 0,
    type: "realtime",
    keywords: s.keywords.filter((k) => !FMS_MAGIC_KEYWORDS.has(k.trim().toLowerCase())).join(", "),
    group: s.groupName,
  };
}

const DATATYPE_HELP: Record<string, string> = {
  number: "A number",
  datetime: "A date and time (ISO 8601, e.g. 2026-11-25T10:00:00-05:00)",
  multivaluelist: "One or more of the listed keys",
  singlevaluelist: "One of the listed keys",
};

/** GET services/{code}: the definition, with the `<attributes>` wrapper always present and `order` from 1. */
export function presentDefinition(s: ServiceWithQuestions): Node {
  return {
    service_code: s.code,
    attributes: list(
      "attribute",
      s.questions.map((q, i) => ({
        variable: true,
        code: q.code,
        datatype: q.datatype,
        required: q.required,
        datatype_description: q.helpText ?? DATATYPE_HELP[q.datatype] ?? "",
        order: i + 1,
        description: q.prompt,
        values: q.datatype.endsWith("list")
          ? list(
              "value",
              q.values.map((v) => ({ key: v.key, name: v.name })),
            )
          : undefined,
      })),
    ),
  };
}

function noteType(e: PublicEventRow): string {
  if (e.type === "created") return "opened";
  if (e.type === "status_changed" && e.data.to === "closed") return "closed";
  if (e.type === "reopened") return "reopened";
  return "activity";
}

/** One request of GET requests / requests/{id}: public fields only; `extended` adds the documented extensions. */
export function presentRequest(
  r: PublicRequestRow,
  ctx: { timeZone: string; mediaUrl: string | null; extended: boolean; notes?: PublicEventRow[] },
): Node {
  const base: Record<string, Node> = {
    service_request_id: r.number,
    status: v2Status(r.status),
    status_notes: r.statusNotes ?? "",
    service_name: r.serviceName,
    service_code: r.serviceCode,
    description: r.description ?? "",
    agency_responsible: r.departmentName,
    service_notice: "",
    requested_datetime: w3c(r.createdAt, ctx.timeZone),
    updated_datetime: w3c(r.updatedAt, ctx.timeZone),
    expected_datetime: r.status === "closed" ? "" : w3c(r.dueAt, ctx.timeZone),
    address: r.address ?? "",
    address_id: r.addressId === null ? "" : String(r.addressId),
    zipcode: r.zip ?? "",
    lat: r.lat,
    long: r.lng,
    media_url: ctx.mediaUrl ?? "",
  };
  if (!ctx.extended) return base;
  base.extended_attributes = {
    channel: r.channel,
    department: r.departmentCode,
    priority: r.priority,
    status_detail: extendedStatus(r.status, r.closeReason),
    close_reason: r.closeReason ?? "",
    duplicate: r.closeReason === "duplicate",
    parent_service_request_id: r.parentNumber ?? "",
  };
  base.notes = list(
    "note",
    (ctx.notes ?? []).map((e) => ({
      datetime: w3c(e.at, ctx.timeZone),
      type: noteType(e),
      summary:
        e.type === "created"
          ? "Request opened"
          : String(e.data.label ?? (e.type === "note" ? "Note" : e.type)),
      description: e.body ?? "",
    })),
  );
  return base;
}

/** One update of GET servicerequestupdates (FixMyStreet): `update_id` is the event's own, unique id. */
export function presentUpdate(e: PublicEventRow, timeZone: string, mediaUrl: string | null): Node {
  const status =
    e.type === "status_changed" || e.type === "reopened"
      ? extendedStatus(String(e.data.to ?? e.status), (e.data.closeReason as string | null) ?? null, e.type)
      : extendedStatus(e.status, e.closeReason);
  return {
    update_id: String(e.id),
    service_request_id: e.number,
    status,
    updated_datetime: w3c(e.at, timeZone),
    description: e.body ?? String(e.data.label ?? ""),
    media_url: mediaUrl ?? "",
  };
}
