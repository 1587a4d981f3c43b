import { Button, Checkbox, Fieldset, Select, TextInput } from "@trussworks/react-uswds";
import { QUESTION_DATATYPES, type QuestionDatatype } from "../../../../common/channels.js";
import { FormField } from "../../knowledge-base/FormField";
import { type Problem, problemOf } from "../../knowledge-base/problems";
import { codeFrom, newQuestion, type QuestionDraft, uid } from "./serviceDraft";

const DATATYPE_LABELS: Record<QuestionDatatype, string> = {
  string: "Short text (string)",
  text: "Long text (text)",
  number: "Number (number)",
  datetime: "Date and time (datetime)",
  singlevaluelist: "Pick one from a list (singlevaluelist)",
  multivaluelist: "Pick any from a list (multivaluelist)",
};

const isList = (t: QuestionDatatype) => t === "singlevaluelist" || t === "multivaluelist";

interface Props {
  questions: QuestionDraft[];
  problems: Problem[];
  onChange: (questions: QuestionDraft[]) => void;
}

/** The questions of a service: add, remove, reorder, datatype, and the choices of list questions. */
export function QuestionsEditor({ questions, problems, onChange }: Props) {
  const set = (i: number, patch: Partial<QuestionDraft>) =>
    onChange(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const move = (i: number, by: number) => {
    const next = [...questions];
    const [q] = next.splice(i, 1);
    next.splice(i + by, 0, q!);
    onChange(next);
  };
  return (
    <section aria-labelledby="questions-heading">
      <h3 id="questions-heading">Questions</h3>
      <p className="usa-hint">
        Asked of callers and residents in this order. A removed question stops being asked; old requests keep
        their answers.
      </p>
      {questions.map((q, i) => {
        const base = `q-${q.uid}`;
        const p = (f: string) => problemOf(problems, `questions.${i}.${f}`);
        return (
          <Fieldset
            key={q.uid}
            legend={`Question ${i + 1}`}
            className="border-1px border-base-lighter padding-2 margin-y-2"
          >
            <FormField id={`${base}-prompt`} label="Question as asked" problem={p("prompt")}>
              {(w, invalid) => (
                <TextInput
                  {...w}
                  name={`${base}-prompt`}
                  type="text"
                  value={q.prompt}
                  validationStatus={invalid ? "error" : undefined}
                  onChange={(e) =>
                    set(i, {
                      prompt: e.target.value,
                      ...(q.codeTouched ? {} : { code: codeFrom(e.target.value) }),
                    })
                  }
                />
              )}
            </FormField>
            <FormField
              id={`${base}-code`}
              label="Code"
              hint="Open311 attribute code; lowercase letters, digits and _"
              problem={p("code")}
            >
              {(w, invalid) => (
                <TextInput
                  {...w}
                  name={`${base}-code`}
                  type="text"
                  value={q.code}
                  validationStatus={invalid ? "error" : undefined}
                  onChange={(e) => set(i, { code: e.target.value, codeTouched: true })}
                />
              )}
            </FormField>
            <FormField id={`${base}-datatype`} label="Answer type" problem={p("datatype")}>
              {(w) => (
                <Select
                  {...w}
                  name={`${base}-datatype`}
                  value={q.datatype}
                  onChange={(e) => set(i, { datatype: e.target.value as QuestionDatatype })}
                >
                  {QUESTION_DATATYPES.map((t) => (
                    <option key={t} value={t}>
                      {DATATYPE_LABELS[t]}
                    </option>
                  ))}
                </Select>
              )}
            </FormField>
            <FormField id={`${base}-help`} label="Help text" optional problem={p("helpText")}>
              {(w) => (
                <TextInput
                  {...w}
                  name={`${base}-help`}
                  type="text"
                  value={q.helpText}
                  onChange={(e) => set(i, { helpText: e.target.value })}
                />
              )}
            </FormField>
            <Checkbox
              id={`${base}-required`}
              name={`${base}-required`}
              label="An answer is required"
              checked={q.required}
              onChange={(e) => set(i, { required: e.target.checked })}
            />
            {isList(q.datatype) ? (
              <ValuesEditor
                question={q}
                index={i}
                problems={problems}
                onChange={(values) => set(i, { values })}
              />
            ) : null}
            {problemOf(problems, `questions.${i}.values`) && !isList(q.datatype) ? (
              <p className="usa-error-message">{problemOf(problems, `questions.${i}.values`)!.text}</p>
            ) : null}
            <div className="margin-top-2">
              <Button type="button" outline disabled={i === 0} onClick={() => move(i, -1)}>
                Move up<span className="usa-sr-only"> question {i + 1}</span>
              </Button>
              <Button type="button" outline disabled={i === questions.length - 1} onClick={() => move(i, 1)}>
                Move down<span className="usa-sr-only"> question {i + 1}</span>
              </Button>
              <Button type="button" secondary onClick={() => onChange(questions.filter((_, j) => j !== i))}>
                Remove question {i + 1}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <Button type="button" id="add-question" outline onClick={() => onChange([...questions, newQuestion()])}>
        Add a question
      </Button>
    </section>
  );
}

function ValuesEditor({
  question,
  index,
  problems,
  onChange,
}: {
  question: QuestionDraft;
  index: number;
  problems: Problem[];
  onChange: (values: QuestionDraft["values"]) => void;
}) {
  const base = `q-${question.uid}`;
  const listProblem = problemOf(problems, `questions.${index}.values`);
  const set = (j: number, patch: Partial<QuestionDraft["values"][number]>) =>
    onChange(question.values.map((v, k) => (k === j ? { ...v, ...patch } : v)));
  return (
    <Fieldset legend="Choices" className="margin-top-2">
      {listProblem ? <p className="usa-error-message">{listProblem.text}</p> : null}
      {question.values.map((v, j) => (
        <div key={v.uid} className="grid-row grid-gap-1 flex-align-end">
          <div className="grid-col-12 tablet:grid-col-5">
            <FormField
              id={`${base}-v${j}-name`}
              label={`Choice ${j + 1}`}
              problem={problemOf(problems, `questions.${index}.values.${j}.name`)}
            >
              {(w) => (
                <TextInput
                  {...w}
                  name={`${base}-v${j}-name`}
                  type="text"
                  value={v.name}
                  onChange={(e) =>
                    set(j, {
                      name: e.target.value,
                      ...(v.keyTouched ? {} : { key: codeFrom(e.target.value) }),
                    })
                  }
                />
              )}
            </FormField>
          </div>
          <div className="grid-col-12 tablet:grid-col-4">
            <FormField
              id={`${base}-v${j}-key`}
              label={`Choice ${j + 1} key`}
              problem={problemOf(problems, `questions.${index}.values.${j}.key`)}
            >
              {(w) => (
                <TextInput
                  {...w}
                  name={`${base}-v${j}-key`}
                  type="text"
                  value={v.key}
                  onChange={(e) => set(j, { key: e.target.value, keyTouched: true })}
                />
              )}
            </FormField>
          </div>
          <div className="grid-col-12 tablet:grid-col-3">
            <Button
              type="button"
              unstyled
              className="margin-bottom-1"
              onClick={() => onChange(question.values.filter((_, k) => k !== j))}
            >
              Remove choice {j + 1}
            </Button>
          </div>
        </div>
      ))}
      <Button
        type="button"
        id={`${base}-add-value`}
        outline
        className="margin-top-1"
        onClick={() =>
          onChange([
            ...question.values,
            { uid: uid(), key: "", name: "", keyTouched: false, translations: {} },
          ])
        }
      >
        Add a choice
      </Button>
    </Fieldset>
  );
}
