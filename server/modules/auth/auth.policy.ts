import type { StaffActor } from "../../platform/actor.js";

/** Only administrators create, list and revoke API keys. */
export function canManageApiKeys(actor: StaffActor): boolean {
  return actor.role === "admin";
}
