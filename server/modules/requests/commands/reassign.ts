import { and, eq } from "drizzle-orm";
import type { ReassignInput } from "../../../../common/contracts/requests.js";
import { departments, serviceRequests } from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { canReadRequest, canReassignRequest } from "../requests.policy.js";
import type { CommandDeps } from "./create-request.js";
import { recordEvent } from "./record-event.js";

type StaffDeps = Omit<CommandDeps, "actor"> & { actor: StaffActor };

/**
 * Hands a request to another department with a reason, recorded as a "reassigned" timeline event. The
 * assignee belonged to the old department, so the request arrives unassigned. The due date stays: the
 * resident's wait does not restart because the city moved the work.
 */
export async function reassignRequest(deps: StaffDeps, number: string, input: ReassignInput): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [req] = await tx
      .select({
        id: serviceRequests.id,
        departmentId: serviceRequests.departmentId,
        assigneeUserId: serviceRequests.assigneeUserId,
        departmentCode: departments.code,
        departmentName: departments.name,
      })
      .from(serviceRequests)
      .innerJoin(departments, eq(departments.id, serviceRequests.departmentId))
      .where(eq(serviceRequests.number, number))
      .for("update", { of: serviceRequests })
      .limit(1);
    if (!req || !canReadRequest(deps.actor, req)) throw notFound("Request");
    if (!canReassignRequest(deps.actor, req))
      throw new AppError(
        "forbidden",
        "Only the owning department or a supervisor can reassign this request.",
      );
    const [target] = await tx
      .select({ id: departments.id, code: departments.code, name: departments.name })
      .from(departments)
      .where(and(eq(departments.code, input.departmentCode), eq(departments.active, true)))
      .limit(1);
    if (!target)
      throw new AppError("validation_failed", "departmentCode must name an active department", [
        { field: "departmentCode", message: "is not an active department" },
      ]);
    if (target.id === req.departmentId)
      throw new AppError("validation_failed", `The request already belongs to ${target.name}.`, [
        { field: "departmentCode", message: "is the request's own department" },
      ]);
    await tx
      .update(serviceRequests)
      .set({ departmentId: target.id, assigneeUserId: null, updatedAt: now })
      .where(eq(serviceRequests.id, req.id));
    await recordEvent(tx, deps.actor, {
      requestId: req.id,
      type: "reassigned",
      at: now,
      public: false,
      body: input.reason,
      data: {
        fromDepartmentId: req.departmentId,
        from: req.departmentCode,
        to: target.code,
        label: `From ${req.departmentName} to ${target.name}`,
        previousAssigneeId: req.assigneeUserId,
      },
    });
  });
}
