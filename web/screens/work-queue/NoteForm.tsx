import { Alert, Button, Checkbox, Label, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { useAddNote } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";

/** Adds a note to the timeline: internal by default, public when ticked. */
export function NoteForm({ request }: { request: RequestDetail }) {
  const addNote = useAddNote(request.number);
  const [body, setBody] = useState("");
  const [isPublic, setIsPublic] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (addNote.isPending) return;
    if (body.trim() === "") return setProblem("Write a note first.");
    setProblem(null);
    addNote.mutate(
      { body: body.trim(), public: isPublic },
      {
        onSuccess: () => {
          setBody("");
          setIsPublic(false);
        },
      },
    );
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="note-form-heading">
      <h3 id="note-form-heading">Add note</h3>
      {problem ? (
        <Alert type="error" headingLevel="h4" slim role="alert">
          {problem}
        </Alert>
      ) : null}
      {addNote.isError ? <ErrorAlert error={addNote.error} /> : null}
      {addNote.isSuccess ? (
        <Alert type="success" headingLevel="h4" slim role="status">
          Note added.
        </Alert>
      ) : null}
      <Label htmlFor="note-body">Note</Label>
      <Textarea
        id="note-body"
        name="body"
        maxLength={4000}
        required
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <Checkbox
        id="note-public"
        name="public"
        label="Public note"
        aria-describedby="note-public-hint"
        checked={isPublic}
        onChange={(e) => setIsPublic(e.target.checked)}
      />
      <p id="note-public-hint" className="usa-hint margin-top-05">
        Residents following this request can read public notes; other notes stay internal.
      </p>
      <Button type="submit" aria-disabled={addNote.isPending}>
        {addNote.isPending ? "Adding note…" : "Add note"}
      </Button>
    </form>
  );
}
