import { Button, FormGroup, Label, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useT } from "../../i18n";

/** `/track`: enter a tracking number, go to the request's page. */
export function TrackScreen() {
  const t = useT("portal");
  useDocumentTitle(t("trackTitle"));
  const navigate = useNavigate();
  const [number, setNumber] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = number.replace(/[\s#-]/g, "");
    if (!/^\d{1,12}$/.test(value)) {
      setProblem(t("trackNumberInvalid"));
      document.getElementById("track-number")?.focus();
      return;
    }
    setProblem(null);
    navigate(`/requests/${value}`);
  };
  return (
    <div className="usa-prose">
      <h1>{t("trackTitle")}</h1>
      <p>{t("trackIntro")}</p>
      <form className="usa-form" onSubmit={onSubmit} noValidate>
        <FormGroup error={problem !== null}>
          <Label htmlFor="track-number">{t("trackNumber")}</Label>
          <span className="usa-hint" id="track-number-hint">
            {t("trackNumberHint")}
          </span>
          {problem ? (
            <span className="usa-error-message" id="track-number-error" role="alert">
              {problem}
            </span>
          ) : null}
          <TextInput
            id="track-number"
            name="number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            validationStatus={problem ? "error" : undefined}
            aria-describedby={problem ? "track-number-hint track-number-error" : "track-number-hint"}
            value={number}
            onChange={(e) => setNumber(e.target.value)}
          />
        </FormGroup>
        <Button type="submit">{t("trackButton")}</Button>
      </form>
    </div>
  );
}
