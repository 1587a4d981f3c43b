import { Alert, Button, Label, Select, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import {
  CLOSE_REASON_LABELS,
  CLOSE_REASONS,
  type CloseReason,
  type RequestStatus,
  STATUS_LABELS,
  TRANSITIONS,
} from "../../../common/statuses.js";
import { useChangeStatus } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

/** Moves the request to one of the statuses its current status allows; closing asks for a reason. */
export function StatusForm({ request }: { request: RequestDetail }) {
  const allowed = TRANSITIONS[request.status];
  const changeStatus = useChangeStatus(request.number);
  const [status, setStatus] = useState<RequestStatus | "">("");
  const [closeReason, setCloseReason] = useState<CloseReason | "">("");
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (changeStatus.isPending) return;
    if (status === "") return setProblem("Choose a new status.");
    if (status === "closed" && closeReason === "") return setProblem("Choose a close reason.");
    setProblem(null);
    changeStatus.mutate(
      {
        status,
        closeReason: status === "closed" && closeReason !== "" ? closeReason : undefined,
        note: note.trim() || undefined,
      },
      {
        onSuccess: () => {
          setStatus("");
          setCloseReason("");
          setNote("");
        },
      },
    );
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="status-form-heading">
      <h3 id="status-form-heading">Change status</h3>
      {problem ? (
        <Alert type="error" headingLevel="h4" slim role="alert">
          {problem}
        </Alert>
      ) : null}
      {changeStatus.isError ? <ErrorAlert error={changeStatus.error} /> : null}
      {changeStatus.isSuccess ? (
        <Alert type="success" headingLevel="h4" slim role="status">
          Status is now {changeStatus.data.statusLabel}.
        </Alert>
      ) : null}
      <Label htmlFor="status-new">New status</Label>
      <Select
        id="status-new"
        name="status"
        value={status}
        onChange={(e) => setStatus(allowed.find((s) => s === e.target.value) ?? "")}
      >
        <option value="">- Select -</option>
        {allowed.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      {status === "closed" ? (
        <>
          <Label htmlFor="status-close-reason" requiredMarker>
            Close reason
          </Label>
          <Select
            id="status-close-reason"
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
      <Label htmlFor="status-note" hint=" (optional)">
        Comment
      </Label>
      <Textarea
        id="status-note"
        name="note"
        maxLength={4000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" aria-disabled={changeStatus.isPending}>
        {changeStatus.isPending ? "Changing status…" : "Change status"}
      </Button>
    </form>
  );
}
