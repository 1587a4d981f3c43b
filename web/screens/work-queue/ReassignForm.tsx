import { Alert, Button, Label, Select, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { useDepartments } from "../../api/catalog";
import { useReassign } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

/** Hands the request to another department; the reason goes on the timeline. */
export function ReassignForm({ request, backTo }: { request: RequestDetail; backTo: string }) {
  const departments = useDepartments();
  const reassign = useReassign(request.number);
  const navigate = useNavigate();
  const [department, setDepartment] = useState("");
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reassign.isPending) return;
    if (department === "") return setProblem("Choose the department to send it to.");
    if (reason.trim() === "") return setProblem("Say why it belongs to that department.");
    setProblem(null);
    reassign.mutate(
      { departmentCode: department, reason: reason.trim() },
      {
        onSuccess: (detail) => {
          setDepartment("");
          setReason("");
          // Someone who handed it out of their own department can no longer open it.
          if (!detail) navigate(backTo, { state: { notice: `Request ${request.number} was reassigned.` } });
        },
      },
    );
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="reassign-form-heading">
      <h3 id="reassign-form-heading">Reassign to another department</h3>
      {problem ? (
        <Alert type="error" headingLevel="h4" slim role="alert">
          {problem}
        </Alert>
      ) : null}
      {departments.isError ? <ErrorAlert error={departments.error} /> : null}
      {reassign.isError ? <ErrorAlert error={reassign.error} /> : null}
      {reassign.isSuccess && reassign.data ? (
        <Alert type="success" headingLevel="h4" slim role="status">
          Reassigned to {reassign.data.department.name}.
        </Alert>
      ) : null}
      <Label htmlFor="reassign-department">Department</Label>
      <Select
        id="reassign-department"
        name="department"
        value={department}
        onChange={(e) => setDepartment(e.target.value)}
      >
        <option value="">- Select -</option>
        {(departments.data ?? [])
          .filter((d) => d.code !== request.department.code)
          .map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
      </Select>
      <Label htmlFor="reassign-reason" requiredMarker>
        Reason
      </Label>
      <Textarea
        id="reassign-reason"
        name="reason"
        required
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <Button type="submit" aria-disabled={reassign.isPending}>
        {reassign.isPending ? "Reassigning…" : "Reassign"}
      </Button>
    </form>
  );
}
