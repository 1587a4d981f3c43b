import { Alert, Button, FormGroup, Label, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useResidentReopen } from "../../api/publicContent";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useT } from "../../i18n";

/** "Not fixed?": reopen a request closed as fixed, with the token from the close message's link. */
export function ReopenForm({ number, token }: { number: string; token: string }) {
  const t = useT("portal");
  const reopen = useResidentReopen(number);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setProblem(t("reopenReasonMissing"));
      document.getElementById("reopen-reason")?.focus();
      return;
    }
    setProblem(null);
    reopen.mutate({ token, reason: reason.trim() });
  };
  if (reopen.isSuccess)
    return (
      <Alert type="success" headingLevel="h3" slim role="status">
        {t("reopened")}
      </Alert>
    );
  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate>
      <p>{t("reopenIntro")}</p>
      {reopen.isError ? <ErrorAlert error={reopen.error} /> : null}
      <FormGroup error={problem !== null}>
        <Label htmlFor="reopen-reason">{t("reopenReason")}</Label>
        {problem ? (
          <span className="usa-error-message" id="reopen-reason-error" role="alert">
            {problem}
          </span>
        ) : null}
        <Textarea
          id="reopen-reason"
          name="reason"
          maxLength={2000}
          aria-describedby={problem ? "reopen-reason-error" : undefined}
          error={problem !== null}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </FormGroup>
      <Button type="submit" aria-disabled={reopen.isPending}>
        {reopen.isPending ? t("reopening") : t("reopenButton")}
      </Button>
    </form>
  );
}
