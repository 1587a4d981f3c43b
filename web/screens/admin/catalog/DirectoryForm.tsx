import { Button, Fieldset, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { LANGUAGE_NAMES, type Language } from "../../../../common/languages.js";
import { useCity } from "../../../app/site";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";

/** One text field of a department or agency. */
export interface FieldSpec {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  long?: boolean;
}

type Translations = Record<string, { name: string; description: string }>;

interface Props {
  kind: "department" | "agency";
  fields: FieldSpec[];
  initial: object;
  initialTranslations?: Record<string, { name: string | null; description: string | null }>;
  isNew: boolean;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (values: Record<string, string>, translations: Translations) => void;
}

/** The form of a department or an agency: its text fields, and for departments their translations. */
export function DirectoryForm(props: Props) {
  const { kind, fields, isNew, error } = props;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((f) => {
        const v = (props.initial as Record<string, unknown>)[f.name];
        return [f.name, typeof v === "string" ? v : ""];
      }),
    ),
  );
  const [translations, setTranslations] = useState<Translations>(() =>
    Object.fromEntries(
      Object.entries(props.initialTranslations ?? {}).map(([l, t]) => [
        l,
        { name: t.name ?? "", description: t.description ?? "" },
      ]),
    ),
  );
  const [attempt, setAttempt] = useState(0);
  const city = useCity();
  const languages = props.initialTranslations ? (city?.languages ?? []).filter((l) => l !== "en") : [];
  const label = (field: string) => fields.find((f) => f.name === field)?.label;
  const problems = problemsFrom(error, (field, message) => {
    const top = field.split(".")[0]!;
    if (top === "translations")
      return { field, target: `${kind}-tr-${field.split(".")[1]}-name`, text: `Translation: ${message}` };
    const l = label(top);
    return l ? { field: top, target: `${kind}-${top}`, text: `${l}: ${message}` } : null;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((a) => a + 1);
    props.onSubmit(values, translations);
  };
  return (
    <form onSubmit={submit} noValidate className="maxw-tablet">
      <ErrorSummary problems={problems} attempt={attempt} />
      {error && problems.length === 0 ? <ErrorAlert error={error} /> : null}
      {fields.map((f) => (
        <FormField
          key={f.name}
          id={`${kind}-${f.name}`}
          label={f.label}
          hint={f.hint}
          optional={f.optional}
          problem={problemOf(problems, f.name)}
        >
          {(w, invalid) =>
            f.long ? (
              <Textarea
                {...w}
                name={f.name}
                value={values[f.name] ?? ""}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            ) : (
              <TextInput
                {...w}
                name={f.name}
                type="text"
                readOnly={f.name === "code" && !isNew}
                validationStatus={invalid ? "error" : undefined}
                value={values[f.name] ?? ""}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            )
          }
        </FormField>
      ))}
      {languages.map((l) => {
        const name = LANGUAGE_NAMES[l as Language] ?? l;
        const t = translations[l] ?? { name: "", description: "" };
        const set = (patch: Partial<typeof t>) =>
          setTranslations({ ...translations, [l]: { ...t, ...patch } });
        return (
          <Fieldset key={l} legend={`In ${name}`} className="margin-top-3">
            <FormField
              id={`${kind}-tr-${l}-name`}
              label={`Name in ${name}`}
              optional
              problem={problemOf(problems, `translations.${l}`)}
            >
              {(w) => (
                <TextInput
                  {...w}
                  name={`tr-${l}-name`}
                  type="text"
                  lang={l}
                  value={t.name}
                  onChange={(e) => set({ name: e.target.value })}
                />
              )}
            </FormField>
            <FormField
              id={`${kind}-tr-${l}-description`}
              label={`What they handle, in ${name}`}
              optional
              problem={undefined}
            >
              {(w) => (
                <Textarea
                  {...w}
                  name={`tr-${l}-description`}
                  lang={l}
                  value={t.description}
                  onChange={(e) => set({ description: e.target.value })}
                />
              )}
            </FormField>
          </Fieldset>
        );
      })}
      <Button type="submit" className="margin-top-3" disabled={props.pending}>
        {props.pending ? "Saving…" : props.submitLabel}
      </Button>
    </form>
  );
}
