import type { RequestStatus } from "../../../../common/statuses.js";

/** The catalog key of a status, in plain words. */
export const STATUS_KEYS: Record<
  RequestStatus,
  "statusNew" | "statusAcknowledged" | "statusInProgress" | "statusOnHold" | "statusClosed"
> = {
  new: "statusNew",
  acknowledged: "statusAcknowledged",
  in_progress: "statusInProgress",
  on_hold: "statusOnHold",
  closed: "statusClosed",
};
