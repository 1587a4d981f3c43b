import { Alert, Button, Label, Select } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { useStaff } from "../../api/catalog";
import { useAssign } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

/** Assigns the request to someone in its department, or leaves it unassigned. */
export function AssignForm({ request }: { request: RequestDetail }) {
  const staff = useStaff(request.department.code);
  const assign = useAssign(request.number);
  const [assignee, setAssignee] = useState(request.assignee ? String(request.assignee.id) : "");

  const members = staff.data ?? [];
  const currentMissing = request.assignee !== null && !members.some((m) => m.id === request.assignee?.id);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (assign.isPending) return;
    assign.mutate({ assigneeId: assignee === "" ? null : Number(assignee) });
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="assign-form-heading">
      <h3 id="assign-form-heading">Assign</h3>
      {staff.isError ? <ErrorAlert error={staff.error} /> : null}
      {assign.isError ? <ErrorAlert error={assign.error} /> : null}
      {assign.isSuccess ? (
        <Alert type="success" headingLevel="h4" slim role="status">
          {assign.data.assignee ? `Assigned to ${assign.data.assignee.name}.` : "The request is unassigned."}
        </Alert>
      ) : null}
      <Label htmlFor="assign-assignee">Assignee</Label>
      <Select
        id="assign-assignee"
        name="assignee"
        value={assignee}
        onChange={(e) => setAssignee(e.target.value)}
      >
        <option value="">Unassigned</option>
        {currentMissing && request.assignee ? (
          <option value={String(request.assignee.id)}>{request.assignee.name}</option>
        ) : null}
        {members.map((m) => (
          <option key={m.id} value={String(m.id)}>
            {m.name}
          </option>
        ))}
      </Select>
      <Button type="submit" aria-disabled={assign.isPending}>
        {assign.isPending ? "Assigning…" : "Assign"}
      </Button>
    </form>
  );
}
