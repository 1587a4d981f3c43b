import { Alert, Button, Fieldset, Label, Radio, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import { useAnswerSurvey, useSurvey } from "../../api/public";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";

const RATINGS = [
  { value: 5, label: "5: Very satisfied" },
  { value: 4, label: "4: Satisfied" },
  { value: 3, label: "3: Neither satisfied nor dissatisfied" },
  { value: 2, label: "2: Dissatisfied" },
  { value: 1, label: "1: Very dissatisfied" },
];

/** `/survey?token=…`: the one question sent when a request closes, with an optional comment. */
export function SurveyScreen() {
  useDocumentTitle("How did we do?");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const survey = useSurvey(token);
  const answer = useAnswerSurvey();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  if (token === "") return <p>This link is incomplete. Copy the whole link from the message.</p>;
  if (survey.isPending) return <Loading label="Loading…" />;
  if (survey.isError) return <ErrorAlert error={survey.error} />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = rating ?? survey.data.answer?.rating ?? null;
    if (chosen === null) return setProblem("Choose how satisfied you are.");
    setProblem(null);
    answer.mutate({ token, rating: chosen, comment: comment.trim() || undefined });
  };

  const current = rating ?? survey.data.answer?.rating ?? null;
  return (
    <div className="usa-prose">
      <h1>How did we do?</h1>
      <p>
        Request {survey.data.request.number}: {survey.data.request.service}
      </p>
      {answer.isSuccess ? (
        <Alert type="success" headingLevel="h2" heading="Thank you" role="status">
          Your answer ({answer.data.rating} of 5) was saved. It helps the city see where service must get
          better.
        </Alert>
      ) : (
        <form className="usa-form" onSubmit={onSubmit}>
          {problem ? (
            <Alert type="error" headingLevel="h2" slim role="alert">
              {problem}
            </Alert>
          ) : null}
          {answer.isError ? <ErrorAlert error={answer.error} /> : null}
          <Fieldset legend="How satisfied are you with how the city handled your request?">
            {RATINGS.map((r) => (
              <Radio
                key={r.value}
                id={`survey-rating-${r.value}`}
                name="rating"
                value={r.value}
                label={r.label}
                checked={current === r.value}
                onChange={() => setRating(r.value)}
              />
            ))}
          </Fieldset>
          <Label htmlFor="survey-comment" hint=" (optional)">
            Anything you want to tell us?
          </Label>
          <Textarea
            id="survey-comment"
            name="comment"
            maxLength={2000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button type="submit" aria-disabled={answer.isPending}>
            {answer.isPending ? "Sending…" : "Send"}
          </Button>
        </form>
      )}
    </div>
  );
}
