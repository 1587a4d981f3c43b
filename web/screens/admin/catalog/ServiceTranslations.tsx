import { Fieldset, Textarea, TextInput } from "@trussworks/react-uswds";
import { LANGUAGE_NAMES, type Language } from "../../../../common/languages.js";
import { FormField } from "../../knowledge-base/FormField";
import { type Problem, problemOf } from "../../knowledge-base/problems";
import type { ServiceDraft } from "./serviceDraft";

interface Props {
  draft: ServiceDraft;
  languages: string[];
  problems: Problem[];
  onChange: (patch: Partial<ServiceDraft>) => void;
}

/** The service's words in each enabled language other than English; a blank one shows the English text. */
export function ServiceTranslations({ draft, languages, problems, onChange }: Props) {
  if (languages.length === 0) return null;
  return (
    <section aria-labelledby="translations-heading">
      <h3 id="translations-heading">Translations</h3>
      <p className="usa-hint">
        Residents who read the portal in another language see these. Leave a field blank to show the English.
      </p>
      {languages.map((l) => {
        const name = LANGUAGE_NAMES[l as Language] ?? l;
        const t = draft.translations[l] ?? { name: "", description: "", group: "" };
        const setService = (patch: Partial<typeof t>) =>
          onChange({ translations: { ...draft.translations, [l]: { ...t, ...patch } } });
        return (
          <details key={l} className="margin-y-2">
            <summary className="text-bold">
              {name} ({l})
            </summary>
            <Fieldset legend={`${name}: service`} className="margin-top-1">
              <FormField
                id={`tr-${l}-name`}
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
                    onChange={(e) => setService({ name: e.target.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`tr-${l}-group`}
                label={`Group “${draft.group || "(no group yet)"}” in ${name}`}
                optional
                hint="Shared by every service of the group."
                problem={undefined}
              >
                {(w) => (
                  <TextInput
                    {...w}
                    name={`tr-${l}-group`}
                    type="text"
                    lang={l}
                    value={t.group}
                    onChange={(e) => setService({ group: e.target.value })}
                  />
                )}
              </FormField>
              <FormField
                id={`tr-${l}-description`}
                label={`Description in ${name}`}
                optional
                problem={undefined}
              >
                {(w) => (
                  <Textarea
                    {...w}
                    name={`tr-${l}-description`}
                    lang={l}
                    value={t.description}
                    onChange={(e) => setService({ description: e.target.value })}
                  />
                )}
              </FormField>
            </Fieldset>
            {draft.questions.map((q, i) => {
              const qt = q.translations[l] ?? { prompt: "", helpText: "" };
              const setQuestion = (patch: Partial<QuestionT>, values = q.values) =>
                onChange({
                  questions: draft.questions.map((x, j) =>
                    j === i
                      ? { ...x, values, translations: { ...x.translations, [l]: { ...qt, ...patch } } }
                      : x,
                  ),
                });
              return (
                <Fieldset
                  key={q.uid}
                  legend={`${name}: question ${i + 1} (${q.prompt || "not written yet"})`}
                  className="margin-top-2"
                >
                  <FormField
                    id={`tr-${l}-q-${q.uid}-prompt`}
                    label={`Question in ${name}`}
                    optional
                    problem={undefined}
                  >
                    {(w) => (
                      <TextInput
                        {...w}
                        name={`tr-${l}-q-${q.uid}-prompt`}
                        type="text"
                        lang={l}
                        value={qt.prompt}
                        onChange={(e) => setQuestion({ prompt: e.target.value })}
                      />
                    )}
                  </FormField>
                  <FormField
                    id={`tr-${l}-q-${q.uid}-help`}
                    label={`Help text in ${name}`}
                    optional
                    problem={undefined}
                  >
                    {(w) => (
                      <TextInput
                        {...w}
                        name={`tr-${l}-q-${q.uid}-help`}
                        type="text"
                        lang={l}
                        value={qt.helpText}
                        onChange={(e) => setQuestion({ helpText: e.target.value })}
                      />
                    )}
                  </FormField>
                  {q.datatype.endsWith("list")
                    ? q.values.map((v, k) => (
                        <FormField
                          key={v.uid}
                          id={`tr-${l}-q-${q.uid}-v${k}`}
                          label={`“${v.name || `Choice ${k + 1}`}” in ${name}`}
                          optional
                          problem={undefined}
                        >
                          {(w) => (
                            <TextInput
                              {...w}
                              name={`tr-${l}-q-${q.uid}-v${k}`}
                              type="text"
                              lang={l}
                              value={v.translations[l] ?? ""}
                              onChange={(e) =>
                                setQuestion(
                                  {},
                                  q.values.map((x, m) =>
                                    m === k
                                      ? { ...x, translations: { ...x.translations, [l]: e.target.value } }
                                      : x,
                                  ),
                                )
                              }
                            />
                          )}
                        </FormField>
                      ))
                    : null}
                </Fieldset>
              );
            })}
          </details>
        );
      })}
    </section>
  );
}

type QuestionT = { prompt: string; helpText: string };
