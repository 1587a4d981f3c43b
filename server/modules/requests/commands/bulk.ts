import type { BulkProblem } from "../../../../common/contracts/requests.js";
import type { CloseReason, RequestStatus } from "../../../../common/statuses.js";
import type { StaffActor } from "../../../platform/actor.js";
import { AppError } from "../../../platform/errors.js";
import type { CommandDeps } from "./create-request.js";
import { assignRequest, changeStatus } from "./update-request.js";

type StaffDeps = Omit<CommandDeps, "actor"> & { actor: StaffActor };

/** One change for many requests; the same rules as the single-request commands. */
export type BulkChange =
  | { action: "assign"; numbers: string[]; assigneeId: number | null }
  | {
      action: "status";
      numbers: string[];
      status: RequestStatus;
      closeReason?: CloseReason | undefined;
      note?: string | undefined;
    };

/**
 * Applies one change to every listed request in one transaction, through `changeStatus` and `assignRequest`
 * themselves, so each request is checked and recorded (its own timeline event) exactly as it would be alone.
 * All or nothing: each request runs in a savepoint; if any is refused, every refusal is reported at once and
 * the whole transaction is rolled back, so nothing changes. Requests the actor may not read are "not found",
 * as anywhere else.
 */
export async function bulkChange(deps: StaffDeps, change: BulkChange): Promise<{ numbers: string[] }> {
  await deps.db.transaction(async (tx) => {
    const inner = { ...deps, db: tx };
    const problems: BulkProblem[] = [];
    for (const [i, number] of change.numbers.entries()) {
      try {
        if (change.action === "assign") await assignRequest(inner, number, change.assigneeId);
        else
          await changeStatus(inner, number, {
            status: change.status,
            closeReason: change.closeReason,
            note: change.note,
          });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        problems.push({ field: `numbers.${i}`, number, code: err.code, message: err.message });
      }
    }
    if (problems.length === 0) return;
    const codes = new Set(problems.map((p) => p.code));
    const [only] = codes;
    const count = `${problems.length} of ${change.numbers.length} requests`;
    const named = problems.slice(0, 5).map((p) => `${p.number}: ${p.message}`);
    if (problems.length > 5) named.push(`and ${problems.length - 5} more.`);
    throw new AppError(
      codes.size === 1 && only ? (only as AppError["code"]) : "conflict",
      `${count} could not be changed, so none was changed. ${named.join(" ")}`,
      problems,
    );
  });
  return { numbers: change.numbers };
}
