import { Alert, Button } from "@trussworks/react-uswds";
import { useSearchParams } from "react-router";
import { useUnsubscribe } from "../../api/public";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useT } from "../../i18n";

/**
 * `/unsubscribe?token=…`: the link at the foot of every message. Opening it changes nothing (mail scanners
 * open links); the button does.
 */
export function UnsubscribeScreen() {
  const t = useT("portal");
  useDocumentTitle(t("unsubscribeTitle"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const unsubscribe = useUnsubscribe();
  return (
    <div className="usa-prose">
      <h1>{t("unsubscribeTitle")}</h1>
      {unsubscribe.isSuccess ? (
        <Alert type="success" headingLevel="h2" heading={t("unsubscribedTitle")} role="status">
          {t("unsubscribedText")}
        </Alert>
      ) : (
        <>
          <p>{t("unsubscribeIntro")}</p>
          {unsubscribe.isError ? <ErrorAlert error={unsubscribe.error} /> : null}
          <Button
            type="button"
            aria-disabled={unsubscribe.isPending || token === ""}
            onClick={() => token && !unsubscribe.isPending && unsubscribe.mutate(token)}
          >
            {unsubscribe.isPending ? t("unsubscribing") : t("unsubscribeButton")}
          </Button>
          {token === "" ? <p>{t("linkIncomplete")}</p> : null}
        </>
      )}
    </div>
  );
}
