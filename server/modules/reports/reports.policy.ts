import type { StaffActor } from "../../platform/actor.js";

/** Who may see the dashboards and the records behind them: supervisors and administrators. */
export function canViewReports(actor: StaffActor): boolean {
  return actor.role === "supervisor" || actor.role === "admin";
}
