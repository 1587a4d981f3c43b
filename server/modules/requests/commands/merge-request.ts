import { asc, eq, inArray, sql } from "drizzle-orm";
import { CLOSE_REASON_LABELS, type RequestStatus, STATUS_LABELS } from "../../../../common/statuses.js";
import { followers, serviceRequests } from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import { rows } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { canReadRequest, canWorkRequest } from "../requests.policy.js";
import type { CommandDeps } from "./create-request.js";
import { recordEvent } from "./record-event.js";

type StaffDeps = Omit<CommandDeps, "actor"> & { actor: StaffActor };

export interface MergeResult {
  childNumber: string;
  parentNumber: string;
  /** Residents who follow the parent now and did not before. */
  followersAdded: number;
}

/**
 * Who may merge: supervisors and administrators, and department staff who work *both* requests (the
 * owning department of each). Merging closes one department's request and hands its residents to
 * another's, so someone who answers for only one side may not do it alone.
 */
export function canMergeRequests(
  actor: StaffActor,
  child: { departmentId: number },
  parent: { departmentId: number },
): boolean {
  return canWorkRequest(actor, child) && canWorkRequest(actor, parent);
}

/**
 * Merges a duplicate (`childNumber`) into the request that stays open (`parentNumber`), in one
 * transaction: the child's reporter and followers become followers of the parent, the child closes as
 * "duplicate" pointing to the parent, and both timelines get a public event (so residents of both are
 * told). The child keeps its own followers, so its closing notice still reaches them. Audited.
 */
export async function mergeRequest(
  deps: StaffDeps,
  childNumber: string,
  parentNumber: string,
  input: { note?: string | undefined } = {},
): Promise<MergeResult> {
  if (childNumber === parentNumber) {
    throw new AppError("validation_failed", "A request cannot be merged into itself.", [
      { field: "into", message: "is the same request" },
    ]);
  }
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    // Both rows locked in id order, so two merges of the same pair cannot deadlock.
    const locked = await tx
      .select({
        id: serviceRequests.id,
        number: serviceRequests.number,
        status: serviceRequests.status,
        closeReason: serviceRequests.closeReason,
        departmentId: serviceRequests.departmentId,
        constituentId: serviceRequests.constituentId,
        parentRequestId: serviceRequests.parentRequestId,
      })
      .from(serviceRequests)
      .where(inArray(serviceRequests.number, [childNumber, parentNumber]))
      .orderBy(asc(serviceRequests.id))
      .for("update");
    const child = locked.find((r) => r.number === childNumber);
    const parent = locked.find((r) => r.number === parentNumber);
    // Outsiders learn nothing: a request they may not read does not exist for them.
    if (!child || !canReadRequest(deps.actor, child)) throw notFound("Request");
    if (!parent || !canReadRequest(deps.actor, parent)) {
      throw new AppError("validation_failed", `There is no request ${parentNumber} to merge into.`, [
        { field: "into", message: "is not a request you can see" },
      ]);
    }
    if (!canMergeRequests(deps.actor, child, parent)) {
      throw new AppError(
        "forbidden",
        "Only a supervisor, or staff of both requests' departments, can merge these requests.",
      );
    }
    if (child.parentRequestId !== null) {
      const [into] = await tx
        .select({ number: serviceRequests.number })
        .from(serviceRequests)
        .where(eq(serviceRequests.id, child.parentRequestId));
      throw new AppError(
        "conflict",
        `Request ${childNumber} has already been merged into request ${into?.number ?? "another request"}.`,
      );
    }
    if (child.status === "closed") {
      throw new AppError(
        "invalid_transition",
        `Request ${childNumber} is already closed. Reopen it first if it should be merged.`,
      );
    }
    if (parent.status === "closed") {
      throw new AppError(
        "invalid_transition",
        `Request ${parentNumber} is closed. Merge into an open request, or reopen ${parentNumber} first.`,
        [{ field: "into", message: "is closed" }],
      );
    }

    // Reporter and followers of the child follow the parent; the primary key keeps each person once.
    const added = await rows<{ constituent_id: number }>(
      tx,
      sql`
      insert into ${followers} (request_id, constituent_id, created_at)
      select ${parent.id}, people.constituent_id, ${now.toISOString()}::timestamptz
      from (
        select ${followers.constituentId} as constituent_id from ${followers}
          where ${followers.requestId} = ${child.id}
        union
        select ${serviceRequests.constituentId} from ${serviceRequests}
          where ${serviceRequests.id} = ${child.id} and ${serviceRequests.constituentId} is not null
      ) people
      on conflict do nothing
      returning constituent_id`,
    );
    const followersAdded = added.length;

    await tx
      .update(serviceRequests)
      .set({
        status: "closed",
        closeReason: "duplicate",
        closedAt: now,
        parentRequestId: parent.id,
        updatedAt: now,
      })
      .where(eq(serviceRequests.id, child.id));
    await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, parent.id));

    const from = child.status as RequestStatus;
    await recordEvent(
      tx,
      deps.actor,
      {
        requestId: child.id,
        type: "status_changed",
        at: now,
        public: true,
        body: input.note ?? null,
        data: {
          from,
          to: "closed",
          closeReason: "duplicate",
          parentNumber,
          label: `Closed: ${CLOSE_REASON_LABELS.duplicate}`,
          fromLabel: STATUS_LABELS[from],
        },
      },
      deps.jobs,
    );
    await recordEvent(
      tx,
      deps.actor,
      {
        requestId: parent.id,
        type: "merged",
        at: now,
        public: true,
        body: `Request ${childNumber} was merged into this one.`,
        data: { childNumber, followersAdded },
      },
      deps.jobs,
    );
    await audit(
      tx,
      deps.actor,
      "request.merged",
      "service_request",
      child.id,
      { childNumber, parentNumber, followersAdded },
      now,
    );
    return { childNumber, parentNumber, followersAdded };
  });
}
