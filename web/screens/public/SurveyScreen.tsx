import { Alert, Button, Fieldset, Label, Radio, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { useAnswerSurvey, useSurvey } from "../../api/public";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useT } from "../../i18n";

const RATINGS = [5, 4, 3, 2, 1] as const;

/** `/survey?token=…`: the one question sent when a request closes, with an optional comment. */
export function SurveyScreen() {
  const t = useT("portal");
  const common = useT("common");
  useDocumentTitle(t("surveyTitle"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const survey = useSurvey(token);
  const answer = useAnswerSurvey();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (token === "")
    return (
      <div className="usa-prose">
        <h1>{t("surveyTitle")}</h1>
        <p>{t("linkIncomplete")}</p>
      </div>
    );
  if (survey.isPending) return <p role="status">{common("loading")}</p>;
  if (survey.isError)
    return (
      <div className="usa-prose">
        <h1>{t("surveyTitle")}</h1>
        <ErrorAlert error={survey.error} />
      </div>
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = rating ?? survey.data.answer?.rating ?? null;
    if (chosen === null) {
      setProblem(t("surveyChoose"));
      return;
    }
    setProblem(null);
    answer.mutate({ token, rating: chosen, comment: comment.trim() || undefined });
  };

  const current = rating ?? survey.data.answer?.rating ?? null;
  return (
    <div className="usa-prose">
      <h1>{t("surveyTitle")}</h1>
      <p>
        {t("surveyRequest", { number: survey.data.request.number, service: survey.data.request.service })}
      </p>
      {answer.isSuccess ? (
        <Alert type="success" headingLevel="h2" heading={t("thankYou")} role="status">
          {t("surveySaved", { rating: answer.data.rating })}
        </Alert>
      ) : (
        <form className="usa-form" onSubmit={onSubmit}>
          {problem ? (
            <Alert type="error" headingLevel="h2" slim role="alert">
              {problem}
            </Alert>
          ) : null}
          {answer.isError ? <ErrorAlert error={answer.error} /> : null}
          <Fieldset legend={t("surveyQuestion")}>
            {RATINGS.map((r) => (
              <Radio
                key={r}
                id={`survey-rating-${r}`}
                name="rating"
                value={r}
                label={t(`rating${r}`)}
                checked={current === r}
                onChange={() => setRating(r)}
              />
            ))}
          </Fieldset>
          <Label htmlFor="survey-comment" hint={t("optional")}>
            {t("surveyComment")}
          </Label>
          <Textarea
            id="survey-comment"
            name="comment"
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button type="submit" aria-disabled={answer.isPending}>
            {answer.isPending ? t("sending") : t("send")}
          </Button>
        </form>
      )}
    </div>
  );
}
