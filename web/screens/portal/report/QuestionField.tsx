import {
  Checkbox,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Select,
  Textarea,
} from "@trussworks/react-uswds";
import type { ReactElement } from "react";
import type { PublicQuestion } from "../../../api/portal";
import { useT } from "../../../i18n";

export type AnswerValue = string | string[];

/** The element id of a question's input (a multivaluelist's first checkbox), the target of error links. */
export function questionFieldId(q: PublicQuestion): string {
  return q.datatype === "multivaluelist" && q.values[0]
    ? `report-q-${q.code}-${q.values[0].key}`
    : `report-q-${q.code}`;
}

function RequiredMark({ required }: { required: boolean }) {
  return required ? (
    <abbr title="required" className="usa-hint usa-hint--required">
      {" "}
      *
    </abbr>
  ) : null;
}

/** One question of a service as a USWDS form group, for each of the six Open311 datatypes. */
export function QuestionField({
  question,
  value,
  error,
  onChange,
}: {
  question: PublicQuestion;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}) {
  const t = useT("report");
  const id = `report-q-${question.code}`;
  const hintId = question.helpText ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const text = typeof value === "string" ? value : "";
  const hint = question.helpText ? (
    <span className="usa-hint" id={hintId}>
      {question.helpText}
    </span>
  ) : null;
  const errorText = error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null;
  const common = {
    id,
    name: question.code,
    "aria-required": question.required || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
  };
  const status = error ? ("error" as const) : undefined;
  const label = (
    <Label htmlFor={id} error={Boolean(error)}>
      {question.prompt}
      <RequiredMark required={question.required} />
    </Label>
  );

  if (question.datatype === "multivaluelist") {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <FormGroup error={Boolean(error)}>
        <Fieldset
          legend={
            <>
              {question.prompt}
              <RequiredMark required={question.required} />
            </>
          }
          aria-describedby={describedBy}
        >
          {hint}
          {errorText}
          {question.values.map((v) => (
            <Checkbox
              key={v.key}
              id={`${id}-${v.key}`}
              name={question.code}
              label={v.name}
              checked={chosen.includes(v.key)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, v.key] : chosen.filter((k) => k !== v.key))
              }
            />
          ))}
        </Fieldset>
      </FormGroup>
    );
  }

  let input: ReactElement;
  switch (question.datatype) {
    case "singlevaluelist":
      input = (
        <Select {...common} validationStatus={status} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t("chooseOne")}</option>
          {question.values.map((v) => (
            <option key={v.key} value={v.key}>
              {v.name}
            </option>
          ))}
        </Select>
      );
      break;
    case "text":
      input = (
        <Textarea
          {...common}
          error={Boolean(error)}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    case "number":
      input = (
        <input
          {...common}
          className={`usa-input${error ? " usa-input--error" : ""}`}
          type="text"
          inputMode="decimal"
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
      break;
    default:
      input = (
        <input
          {...common}
          className={`usa-input${error ? " usa-input--error" : ""}`}
          type={question.datatype === "datetime" ? "datetime-local" : "text"}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
  return (
    <FormGroup error={Boolean(error)}>
      {label}
      {hint}
      {errorText}
      {input}
    </FormGroup>
  );
}
