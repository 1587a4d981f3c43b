import { Alert, Button, ErrorMessage, FormGroup, Label, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { useSaveSynonyms, useSynonyms } from "../../api/knowledgeBase";
import { NotFound } from "../../app/RouteError";
import { useCurrentSession } from "../../app/session-context";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ErrorSummary } from "./ErrorSummary";
import { canEditKnowledgeBase, type Problem, problemsFrom } from "./problems";

const FIELD_ID = "synonym-groups";

/** One group per line, terms separated by commas; blank lines are skipped. `lines` maps groups to lines. */
export function parseGroups(text: string): { groups: string[][]; lines: number[] } {
  const groups: string[][] = [];
  const lines: number[] = [];
  text.split("\n").forEach((line, i) => {
    const terms = line
      .split(",")
      .map((t) => t.trim().toLowerCase())
      .filter((t) => t !== "");
    if (terms.length === 0) return;
    groups.push(terms);
    lines.push(i + 1);
  });
  return { groups, lines };
}

/** The groups as the text box shows them. */
export function formatGroups(groups: string[][]): string {
  return groups.map((g) => g.join(", ")).join("\n");
}

/** Supervisors edit the words search treats as the same ("trash, garbage, rubbish"), one group per line. */
export function SynonymsScreen() {
  useDocumentTitle("Synonyms");
  const { user } = useCurrentSession();
  const editor = canEditKnowledgeBase(user.role);
  const synonyms = useSynonyms(editor);
  if (!editor) return <NotFound level="h2" />;
  return (
    <>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/knowledge-base">
          Back to the knowledge base
        </Link>
      </p>
      <div className="usa-prose">
        <h2>Synonyms</h2>
        <p>
          Callers name the same thing in different words. Search treats the words and phrases of a group as
          the same, so a search for one finds articles and services that use another.
        </p>
      </div>
      {synonyms.isPending ? <Loading label="Loading synonyms…" /> : null}
      {synonyms.isError ? <ErrorAlert error={synonyms.error} /> : null}
      {synonyms.data ? <SynonymsForm initial={synonyms.data} /> : null}
    </>
  );
}

function SynonymsForm({ initial }: { initial: string[][] }) {
  const save = useSaveSynonyms();
  const [text, setText] = useState(() => formatGroups(initial));
  const [lines, setLines] = useState<number[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState("");
  const status = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) status.current?.focus();
  }, [saved]);

  // The server names groups by position ("groups.3", "groups.3.1"); say which line that is.
  const problems: Problem[] = problemsFrom(save.isError ? save.error : null, (field, message) => {
    const [, group, term] = field.split(".");
    const line = group === undefined ? undefined : lines[Number(group)];
    if (field === "groups") return { field, target: FIELD_ID, text: `The list ${message}` };
    if (line === undefined) return null;
    const what = term === undefined ? "" : `, term ${Number(term) + 1},`;
    return { field, target: FIELD_ID, text: `Line ${line}${what} ${message}` };
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const parsed = parseGroups(text);
    setLines(parsed.lines);
    setSaved("");
    save.mutate(parsed.groups, {
      onSuccess: (result) => {
        setText(formatGroups(result.groups));
        setSaved(`Synonyms saved: ${result.groups.length} group${result.groups.length === 1 ? "" : "s"}.`);
      },
      onError: () => setAttempt((n) => n + 1),
    });
  };

  const invalid = problems.length > 0;
  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && !invalid ? <ErrorAlert error={save.error} /> : null}
      <div ref={status} tabIndex={-1}>
        {saved ? (
          <Alert type="success" headingLevel="h3" slim role="status" className="margin-y-2">
            {saved}
          </Alert>
        ) : null}
      </div>
      <FormGroup error={invalid}>
        <Label htmlFor={FIELD_ID} error={invalid}>
          Synonym groups
        </Label>
        <span id={`${FIELD_ID}-hint`} className="usa-hint">
          One group per line, its words or phrases separated by commas, for example: trash, garbage, rubbish.
          Each group needs at least two.
        </span>
        {invalid ? (
          <ErrorMessage id={`${FIELD_ID}-error`}>
            {problems.map((p) => (
              <span key={p.text} className="display-block">
                {p.text}
              </span>
            ))}
          </ErrorMessage>
        ) : null}
        <Textarea
          id={FIELD_ID}
          name="groups"
          className="maxw-full height-card-lg"
          spellCheck={false}
          value={text}
          error={invalid}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${FIELD_ID}-hint ${FIELD_ID}-error` : `${FIELD_ID}-hint`}
          onChange={(e) => setText(e.target.value)}
        />
      </FormGroup>
      <Button type="submit" className="margin-top-2" aria-disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save synonyms"}
      </Button>
    </form>
  );
}
