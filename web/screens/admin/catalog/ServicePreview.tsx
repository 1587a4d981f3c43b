import { useState } from "react";
import type { PublicQuestion } from "../../../api/portal";
import { QuestionField as ConsoleQuestionField } from "../../call-taker/ServiceRequestForm";
import { QuestionField as PortalQuestionField } from "../../portal/report/QuestionField";
import type { ServiceDraft } from "./serviceDraft";

type Answers = Record<string, string | string[]>;

function questionsOf(d: ServiceDraft): PublicQuestion[] {
  return d.questions.map((q) => ({
    code: q.code || `question_${q.uid}`,
    datatype: q.datatype,
    required: q.required,
    prompt: q.prompt || "(question not written yet)",
    helpText: q.helpText || null,
    values: q.datatype.endsWith("list") ? q.values.map((v) => ({ key: v.key || v.name, name: v.name })) : [],
  }));
}

/** A live preview of the service's form as the call console and the residents' portal show it. */
export function ServicePreview({ draft }: { draft: ServiceDraft }) {
  const [consoleAnswers, setConsole] = useState<Answers>({});
  const [portal, setPortal] = useState<Answers>({});
  const questions = questionsOf(draft);
  return (
    <aside
      aria-labelledby="preview-heading"
      className="bg-base-lightest padding-2 radius-md"
      data-testid="service-preview"
    >
      <h3 id="preview-heading" className="margin-top-0">
        Preview
      </h3>
      <p className="text-base-darkest">Updates as you type. Nothing you enter here is saved.</p>
      <section aria-labelledby="preview-console-heading" className="bg-white padding-2 margin-bottom-2">
        <h4 id="preview-console-heading" className="margin-top-0">
          Call console
        </h4>
        <p className="text-bold margin-y-1">{draft.name || "(service name)"}</p>
        {draft.operatorInstructions ? <p className="usa-hint">{draft.operatorInstructions}</p> : null}
        {questions.length === 0 ? (
          <p>No questions: operators only take the location and a description.</p>
        ) : null}
        {questions.map((q, order) => (
          <ConsoleQuestionField
            key={q.code}
            question={{ ...q, order }}
            value={consoleAnswers[q.code]}
            onChange={(v) => setConsole({ ...consoleAnswers, [q.code]: v })}
          />
        ))}
      </section>
      <section aria-labelledby="preview-portal-heading" className="bg-white padding-2">
        <h4 id="preview-portal-heading" className="margin-top-0">
          Residents' portal
        </h4>
        {draft.availableOnline ? (
          <>
            <p className="text-bold margin-y-1">{draft.name || "(service name)"}</p>
            {draft.description ? <p>{draft.description}</p> : null}
            {questions.map((q) => (
              <PortalQuestionField
                key={q.code}
                question={q}
                value={portal[q.code]}
                error={undefined}
                onChange={(v) => setPortal({ ...portal, [q.code]: v })}
              />
            ))}
          </>
        ) : (
          <p>Not offered online: residents do not see this service on the portal or through Open311.</p>
        )}
      </section>
    </aside>
  );
}
