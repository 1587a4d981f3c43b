import { Alert, Button, ButtonGroup, Label, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { useMergeRequest } from "../../api/lifecycle";
import { useCurrentSession } from "../../app/session-context";
import { ErrorAlert } from "../../components/ErrorAlert";

const TRACKING_NUMBER = /^\d{7,12}$/;

/**
 * "Merge into…": closes this request as a duplicate of another one, whose residents it joins. Shown to
 * supervisors and administrators (the server also lets staff of both requests' departments merge, and
 * checks everything). A merge cannot be undone, so it asks for confirmation first.
 */
export function MergeForm({ request }: { request: RequestDetail }) {
  const { user } = useCurrentSession();
  const merge = useMergeRequest(request.number);
  const [into, setInto] = useState("");
  const [note, setNote] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (user.role !== "supervisor" && user.role !== "admin") return null;

  const heading = (
    <h3 id="merge-form-heading" className="margin-top-0">
      Merge into another request
    </h3>
  );
  if (request.parentNumber) {
    return (
      <section aria-labelledby="merge-form-heading">
        {heading}
        {merge.isSuccess ? (
          <Alert type="success" headingLevel="h4" slim role="status">
            Merged. The residents of request {request.number} now follow request {request.parentNumber}.
          </Alert>
        ) : null}
        <p>
          This request was merged into{" "}
          <Link className="usa-link" to={`/staff/requests/${request.parentNumber}`}>
            request {request.parentNumber}
          </Link>
          .
        </p>
      </section>
    );
  }
  if (request.status === "closed") return null;

  const target = into.trim();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (merge.isPending) return;
    if (!TRACKING_NUMBER.test(target)) return setProblem("Enter the tracking number of the request to keep.");
    if (target === request.number) return setProblem("A request cannot be merged into itself.");
    setProblem(null);
    if (!confirming) return setConfirming(true);
    merge.mutate(
      { into: target, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setInto("");
          setNote("");
          setConfirming(false);
        },
        onError: () => setConfirming(false),
      },
    );
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="merge-form-heading">
      {heading}
      {problem ? (
        <Alert type="error" headingLevel="h4" slim role="alert">
          {problem}
        </Alert>
      ) : null}
      {merge.isError ? <ErrorAlert error={merge.error} /> : null}
      <Label htmlFor="merge-into" hint=" (the request that stays open)">
        Tracking number
      </Label>
      <TextInput
        id="merge-into"
        name="into"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={into}
        disabled={confirming}
        onChange={(e) => {
          setInto(e.target.value);
          setConfirming(false);
        }}
      />
      <Label htmlFor="merge-note" hint=" (optional, residents see it)">
        Note to residents
      </Label>
      <Textarea
        id="merge-note"
        name="note"
        maxLength={4000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {confirming ? (
        <>
          <Alert type="warning" headingLevel="h4" slim role="status">
            Request {request.number} will close as a duplicate of request {target}, and its residents will
            follow request {target}. This cannot be undone.
          </Alert>
          <ButtonGroup>
            <Button type="submit" secondary aria-disabled={merge.isPending}>
              {merge.isPending ? "Merging…" : `Merge into ${target}`}
            </Button>
            <Button type="button" unstyled onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <Button type="submit" outline>
          Merge into…
        </Button>
      )}
    </form>
  );
}
