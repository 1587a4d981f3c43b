/** Request lifecycle: statuses, close reasons and the transitions staff may make. */

export const REQUEST_STATUSES = ["new", "acknowledged", "in_progress", "on_hold", "closed"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const CLOSE_REASONS = [
  "fixed",
  "no_action_needed",
  "duplicate",
  "referred",
  "not_city_responsibility",
] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const STATUS_LABELS: Record<RequestStatus, string> = {
  new: "New",
  acknowledged: "Acknowledged",
  in_progress: "In progress",
  on_hold: "On hold",
  closed: "Closed",
};

export const CLOSE_REASON_LABELS: Record<CloseReason, string> = {
  fixed: "Fixed",
  no_action_needed: "No action needed",
  duplicate: "Duplicate",
  referred: "Referred to another agency",
  not_city_responsibility: "Not city responsibility",
};

/**
 * Allowed status changes. Leaving `closed` is a reopen; entering `closed` needs a close reason.
 * A status never "changes" to itself.
 */
export const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  new: ["acknowledged", "in_progress", "on_hold", "closed"],
  acknowledged: ["in_progress", "on_hold", "closed"],
  in_progress: ["on_hold", "closed"],
  on_hold: ["in_progress", "closed"],
  closed: ["acknowledged", "in_progress"],
};

/** Whether a request may move from one status to another. */
export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** True for every status in which the department still owes work. */
export function isOpenStatus(status: RequestStatus): boolean {
  return status !== "closed";
}

/** Human wording of a status with its close reason, so "closed" never reads as "fixed" by accident. */
export function describeStatus(status: RequestStatus, closeReason: CloseReason | null): string {
  if (status !== "closed") return STATUS_LABELS[status];
  return closeReason ? `Closed: ${CLOSE_REASON_LABELS[closeReason]}` : "Closed";
}
