import type { useT } from "../../i18n";

type PortalT = ReturnType<typeof useT<"portal">>;

const STATUSES = ["new", "acknowledged", "in_progress", "on_hold", "closed"] as const;
const REASONS = ["fixed", "no_action_needed", "duplicate", "referred", "not_city_responsibility"] as const;

/** A request's status in plain words in the resident's language, with what it means for them. */
export function statusWords(t: PortalT, status: string, closeReason: string | null) {
  const s = STATUSES.find((x) => x === status) ?? "new";
  const reason = REASONS.find((x) => x === closeReason);
  if (s === "closed" && reason) return { label: t(`closed_${reason}`), explanation: t(`explain_${reason}`) };
  return { label: t(`status_${s}`), explanation: t(`explain_${s}`) };
}

const EVENTS = ["created", "status_changed", "reopened", "note", "merged", "reassigned"] as const;

/** What a timeline entry says: the status it moved to, else the kind of event. */
export function eventWords(
  t: PortalT,
  e: { type: string; status: string | null; closeReason: string | null },
) {
  if ((e.type === "status_changed" || e.type === "reopened") && e.status) {
    const words = statusWords(t, e.status, e.closeReason).label;
    return e.type === "reopened" ? `${t("event_reopened")}: ${words}` : words;
  }
  const known = EVENTS.find((x) => x === e.type);
  return known ? t(`event_${known}`) : t("event_other");
}
