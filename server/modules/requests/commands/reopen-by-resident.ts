import { eq } from "drizzle-orm";
import { DateTime } from "luxon";
import { CLOSE_REASON_LABELS, type CloseReason, STATUS_LABELS } from "../../../../common/statuses.js";
import { serviceRequests } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import type { JobSender } from "../../../platform/jobs.js";
import { recordEvent } from "./record-event.js";

export interface ResidentReopenDeps {
  db: DbOrTx;
  clock: Clock;
  /** The city's time zone: the window is counted in its calendar days. */
  timeZone: string;
  jobs: JobSender | null;
  /** Days after closing as fixed during which the resident may reopen; 0 turns it off. */
  reopenWindowDays: number;
}

/** What the resident's link proves: who they are and which request the link was sent about. */
export interface ResidentClaim {
  constituentId: number;
  requestId: number;
}

/** Where a resident's reopen leaves the request: back with the department, which acknowledged it before. */
const REOPENED_STATUS = "acknowledged";

/**
 * A resident says "not fixed": reopens a request closed as fixed, within `reopenWindowDays` of its closing,
 * from the link in their closing message. The request goes back to "acknowledged" with a public `reopened`
 * event carrying the resident's reason (so followers are told), all in one transaction, audited. The due
 * date is kept (ADR 0010), so a late request shows as overdue at once.
 */
export async function reopenByResident(
  deps: ResidentReopenDeps,
  number: string,
  claim: ResidentClaim,
  input: { reason: string },
): Promise<{ number: string; status: typeof REOPENED_STATUS }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const [req] = await tx
      .select({
        id: serviceRequests.id,
        number: serviceRequests.number,
        status: serviceRequests.status,
        closeReason: serviceRequests.closeReason,
        closedAt: serviceRequests.closedAt,
        parentRequestId: serviceRequests.parentRequestId,
      })
      .from(serviceRequests)
      .where(eq(serviceRequests.id, claim.requestId))
      .for("update");
    if (!req) throw notFound("Request");
    if (req.number !== number) {
      throw new AppError("validation_failed", `This link is about another request, not request ${number}.`, [
        { field: "token", message: "is for another request" },
      ]);
    }
    if (deps.reopenWindowDays <= 0) {
      throw new AppError(
        "forbidden",
        "Requests cannot be reopened online. Call 311 and we will look at it again.",
      );
    }
    if (req.status !== "closed") {
      throw new AppError(
        "invalid_transition",
        `Request ${number} is open (${STATUS_LABELS[req.status as keyof typeof STATUS_LABELS].toLowerCase()}): the department is still working on it.`,
      );
    }
    if (req.closeReason !== "fixed") {
      const label = CLOSE_REASON_LABELS[req.closeReason as CloseReason] ?? "closed";
      throw new AppError(
        "invalid_transition",
        `Request ${number} was closed as "${label.toLowerCase()}", not as fixed, so it cannot be reopened from this link. Call 311 or make a new report if the problem is still there.`,
      );
    }
    const closedAt = DateTime.fromJSDate(req.closedAt ?? now, { zone: deps.timeZone });
    const until = closedAt.plus({ days: deps.reopenWindowDays });
    if (now.getTime() > until.toMillis()) {
      throw new AppError(
        "invalid_transition",
        `Request ${number} can no longer be reopened: it was closed on ${closedAt.toFormat("LLLL d, yyyy")}, and requests can be reopened for ${deps.reopenWindowDays} days after they are fixed. Make a new report or call 311 if the problem is back.`,
        { closedAt: closedAt.toISO(), reopenUntil: until.toISO() },
      );
    }

    const actor: Actor = { kind: "resident", constituentId: claim.constituentId, label: "Resident" };
    await tx
      .update(serviceRequests)
      .set({ status: REOPENED_STATUS, closeReason: null, closedAt: null, updatedAt: now })
      .where(eq(serviceRequests.id, req.id));
    await recordEvent(
      tx,
      actor,
      {
        requestId: req.id,
        type: "reopened",
        at: now,
        public: true,
        body: input.reason,
        data: {
          from: "closed",
          to: REOPENED_STATUS,
          previousCloseReason: "fixed",
          by: "resident",
          label: STATUS_LABELS[REOPENED_STATUS],
        },
      },
      deps.jobs,
    );
    // The constituent's id only: audit data never holds personal data.
    await audit(
      tx,
      actor,
      "request.reopened_by_resident",
      "service_request",
      req.id,
      { number, constituentId: claim.constituentId },
      now,
    );
    return { number, status: REOPENED_STATUS };
  });
}
