import { and, eq } from "drizzle-orm";
import {
  CLOSE_REASON_LABELS,
  type CloseReason,
  canTransition,
  type RequestStatus,
  STATUS_LABELS,
} from "../../../../common/statuses.js";
import { departmentMembers, serviceRequests, users } from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { canAnnotateRequest, canReadRequest, canWorkRequest } from "../requests.policy.js";
import type { CommandDeps } from "./create-request.js";
import { recordEvent } from "./record-event.js";

type StaffDeps = Omit<CommandDeps, "actor"> & { actor: StaffActor };

async function loadForUpdate(deps: StaffDeps, number: string) {
  const [row] = await deps.db
    .select({
      id: serviceRequests.id,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      departmentId: serviceRequests.departmentId,
      assigneeUserId: serviceRequests.assigneeUserId,
    })
    .from(serviceRequests)
    .where(eq(serviceRequests.number, number))
    .for("update")
    .limit(1);
  // Outsiders learn nothing: a request they may not read does not exist for them.
  if (!row || !canReadRequest(deps.actor, row)) throw notFound("Request");
  return { ...row, status: row.status as RequestStatus };
}

/** Moves a request to another status along the allowed transitions; closing needs a reason. */
export async function changeStatus(
  deps: StaffDeps,
  number: string,
  input: { status: RequestStatus; closeReason?: CloseReason | undefined; note?: string | undefined },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const req = await loadForUpdate({ ...deps, db: tx }, number);
    if (!canWorkRequest(deps.actor, req))
      throw new AppError(
        "forbidden",
        "Only the owning department or a supervisor can change this request's status.",
      );
    if (!canTransition(req.status, input.status)) {
      throw new AppError(
        "invalid_transition",
        `A request that is ${STATUS_LABELS[req.status].toLowerCase()} cannot become ${STATUS_LABELS[input.status].toLowerCase()}.`,
        {
          from: req.status,
          to: input.status,
        },
      );
    }
    const closing = input.status === "closed";
    if (closing && !input.closeReason) {
      throw new AppError("validation_failed", "closeReason is required to close a request", [
        { field: "closeReason", message: "is required" },
      ]);
    }
    const reopening = req.status === "closed";
    await tx
      .update(serviceRequests)
      .set({
        status: input.status,
        closeReason: closing ? input.closeReason! : null,
        closedAt: closing ? now : null,
        updatedAt: now,
      })
      .where(eq(serviceRequests.id, req.id));
    await recordEvent(
      tx,
      deps.actor,
      {
        requestId: req.id,
        type: reopening ? "reopened" : "status_changed",
        at: now,
        public: true,
        body: input.note ?? null,
        data: {
          from: req.status,
          to: input.status,
          closeReason: closing ? input.closeReason : null,
          label: closing ? `Closed: ${CLOSE_REASON_LABELS[input.closeReason!]}` : STATUS_LABELS[input.status],
        },
      },
      deps.jobs,
    );
  });
}

/** Assigns a request to a staff member of its department (or a supervisor), or unassigns it with null. */
export async function assignRequest(
  deps: StaffDeps,
  number: string,
  assigneeId: number | null,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const req = await loadForUpdate({ ...deps, db: tx }, number);
    if (!canWorkRequest(deps.actor, req))
      throw new AppError("forbidden", "Only the owning department or a supervisor can assign this request.");
    let assigneeName: string | null = null;
    if (assigneeId !== null) {
      const [person] = await tx
        .select({ id: users.id, name: users.name, role: users.role, member: departmentMembers.userId })
        .from(users)
        .leftJoin(
          departmentMembers,
          and(eq(departmentMembers.userId, users.id), eq(departmentMembers.departmentId, req.departmentId)),
        )
        .where(and(eq(users.id, assigneeId), eq(users.active, true)))
        .limit(1);
      if (!person || (person.member === null && person.role === "department_staff")) {
        throw new AppError(
          "validation_failed",
          "assigneeId must be an active staff member of the owning department",
          [{ field: "assigneeId", message: "is not active staff of the owning department" }],
        );
      }
      assigneeName = person.name;
    }
    if (assigneeId === req.assigneeUserId) return;
    await tx
      .update(serviceRequests)
      .set({ assigneeUserId: assigneeId, updatedAt: now })
      .where(eq(serviceRequests.id, req.id));
    await recordEvent(tx, deps.actor, {
      requestId: req.id,
      type: "assigned",
      at: now,
      public: false,
      body: assigneeName ? `Assigned to ${assigneeName}` : "Unassigned",
      data: { from: req.assigneeUserId, to: assigneeId },
    });
  });
}

/** Adds a note. Public notes reach residents and Open311; internal notes never leave staff screens. */
export async function addNote(
  deps: StaffDeps,
  number: string,
  input: { body: string; public: boolean },
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const req = await loadForUpdate({ ...deps, db: tx }, number);
    if (!canAnnotateRequest(deps.actor, req)) throw notFound("Request");
    await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, req.id));
    await recordEvent(
      tx,
      deps.actor,
      {
        requestId: req.id,
        type: "note",
        at: now,
        public: input.public,
        body: input.body,
      },
      deps.jobs,
    );
  });
}
