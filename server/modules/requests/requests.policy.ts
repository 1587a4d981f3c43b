import type { StaffActor } from "../../platform/actor.js";

/** What a request looks like to a policy: only who owns it matters. */
export interface OwnedRequest {
  departmentId: number;
}

/** Who may see a request: department staff only their departments' work; everyone else on staff, all of it. */
export function canReadRequest(actor: StaffActor, request: OwnedRequest): boolean {
  return actor.role !== "department_staff" || actor.departmentIds.includes(request.departmentId);
}

/** Who may change status or assignment: the owning department's staff, supervisors and administrators. */
export function canWorkRequest(actor: StaffActor, request: OwnedRequest): boolean {
  if (actor.role === "supervisor" || actor.role === "admin") return true;
  return actor.role === "department_staff" && actor.departmentIds.includes(request.departmentId);
}

/** Who may add notes: anyone who may read the request. */
export function canAnnotateRequest(actor: StaffActor, request: OwnedRequest): boolean {
  return canReadRequest(actor, request);
}

/** The departments a list is limited to in SQL, or null for no limit. */
export function listScope(actor: StaffActor): readonly number[] | null {
  return actor.role === "department_staff" ? actor.departmentIds : null;
}

/** Who may hand a request to another department: the owning department's staff, supervisors and administrators. */
export function canReassignRequest(actor: StaffActor, request: OwnedRequest): boolean {
  return canWorkRequest(actor, request);
}
