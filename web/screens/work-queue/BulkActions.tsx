import { Alert, Button, Label, Select, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { BulkProblem, RequestSummary } from "../../../common/contracts/requests.js";
import {
  CLOSE_REASON_LABELS,
  CLOSE_REASONS,
  type CloseReason,
  REQUEST_STATUSES,
  type RequestStatus,
  STATUS_LABELS,
} from "../../../common/statuses.js";
import { useStaff } from "../../api/catalog";
import { ApiError } from "../../api/client";
import type { useBulkChange } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

interface BulkActionsProps {
  /** The selected requests (all on the loaded pages). */
  selected: RequestSummary[];
  /**
   * The screen's mutation: a change can remove the selected rows from the list (and this form with them)
   * before it settles, so the screen, which stays, must own it for `onDone` to be called.
   */
  bulk: ReturnType<typeof useBulkChange>;
  onDone: (message: string) => void;
}

function Problems({ error }: { error: unknown }) {
  const details =
    error instanceof ApiError && Array.isArray(error.details) ? (error.details as BulkProblem[]) : [];
  if (!details.some((d) => typeof d?.number === "string")) return <ErrorAlert error={error} />;
  return (
    <Alert type="error" headingLevel="h4" heading="Nothing was changed" role="alert">
      <p className="margin-top-0">These requests refused the change, so none of the selection was changed:</p>
      <ul>
        {details.map((d) => (
          <li key={d.number}>
            {d.number}: {d.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** Assign or change the status of every selected request at once: all of them change, or none. */
export function BulkActions({ selected, bulk, onDone }: BulkActionsProps) {
  const departments = [...new Set(selected.map((r) => r.department.code))];
  const oneDepartment = departments.length === 1 ? departments[0] : undefined;
  const staff = useStaff(oneDepartment);
  const [assignee, setAssignee] = useState("");
  const [status, setStatus] = useState<RequestStatus | "">("");
  const [closeReason, setCloseReason] = useState<CloseReason | "">("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const numbers = selected.map((r) => r.number);
  const count = `${numbers.length} request${numbers.length === 1 ? "" : "s"}`;

  const onAssign = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (bulk.isPending) return;
    setProblem(null);
    const person = staff.data?.find((m) => String(m.id) === assignee);
    bulk.mutate(
      { action: "assign", numbers, assigneeId: person ? person.id : null },
      { onSuccess: () => onDone(person ? `Assigned ${count} to ${person.name}.` : `Unassigned ${count}.`) },
    );
  };

  const onStatus = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (bulk.isPending) return;
    if (status === "") return setProblem("Choose a new status.");
    if (status === "closed" && closeReason === "") return setProblem("Choose a close reason.");
    setProblem(null);
    bulk.mutate(
      {
        action: "status",
        numbers,
        status,
        closeReason: status === "closed" && closeReason !== "" ? closeReason : undefined,
        note: note.trim() || undefined,
      },
      { onSuccess: () => onDone(`Changed ${count} to ${STATUS_LABELS[status]}.`) },
    );
  };

  return (
    <section aria-labelledby="bulk-heading" className="bg-base-lightest padding-2 margin-y-2">
      <h2 id="bulk-heading" className="margin-top-0">
        Change {count} at once
      </h2>
      {problem ? (
        <Alert type="error" headingLevel="h4" slim role="alert">
          {problem}
        </Alert>
      ) : null}
      {bulk.isError ? <Problems error={bulk.error} /> : null}
      <div className="grid-row grid-gap">
        <form
          className="grid-col-12 tablet:grid-col-6"
          onSubmit={onAssign}
          aria-labelledby="bulk-assign-heading"
        >
          <h3 id="bulk-assign-heading">Assign</h3>
          {oneDepartment ? null : (
            <p>The selection spans several departments: choose requests of one department to assign them.</p>
          )}
          <Label htmlFor="bulk-assignee">Assignee</Label>
          <Select
            id="bulk-assignee"
            name="assignee"
            value={assignee}
            disabled={!oneDepartment}
            onChange={(e) => setAssignee(e.target.value)}
          >
            <option value="">Unassigned</option>
            {(staff.data ?? []).map((m) => (
              <option key={m.id} value={String(m.id)}>
                {m.name}
              </option>
            ))}
          </Select>
          <Button type="submit" disabled={!oneDepartment} aria-disabled={bulk.isPending}>
            Assign selected
          </Button>
        </form>
        <form
          className="grid-col-12 tablet:grid-col-6"
          onSubmit={onStatus}
          aria-labelledby="bulk-status-heading"
        >
          <h3 id="bulk-status-heading">Change status</h3>
          <Label htmlFor="bulk-status">New status</Label>
          <Select
            id="bulk-status"
            name="status"
            value={status}
            onChange={(e) => setStatus(REQUEST_STATUSES.find((s) => s === e.target.value) ?? "")}
          >
            <option value="">- Select -</option>
            {REQUEST_STATUSES.filter((s) => s !== "new").map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </Select>
          {status === "closed" ? (
            <>
              <Label htmlFor="bulk-close-reason" requiredMarker>
                Close reason
              </Label>
              <Select
                id="bulk-close-reason"
                name="closeReason"
                required
                value={closeReason}
                onChange={(e) => setCloseReason(CLOSE_REASONS.find((r) => r === e.target.value) ?? "")}
              >
                <option value="">- Select -</option>
                {CLOSE_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {CLOSE_REASON_LABELS[r]}
                  </option>
                ))}
              </Select>
            </>
          ) : null}
          <Label htmlFor="bulk-note" hint=" (optional; residents see it)">
            Public note
          </Label>
          <Textarea
            id="bulk-note"
            name="note"
            maxLength={4000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <Button type="submit" aria-disabled={bulk.isPending}>
            Change status of selected
          </Button>
        </form>
      </div>
    </section>
  );
}
