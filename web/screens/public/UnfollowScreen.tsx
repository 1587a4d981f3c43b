import { Alert, Button } from "@trussworks/react-uswds";
import { Link, useSearchParams } from "react-router";
import { useUnfollow } from "../../api/public";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useT } from "../../i18n";

/**
 * `/unfollow?token=…`: "stop updates about this request only", a link in every message. Opening it changes
 * nothing (mail scanners open links); the button does.
 */
export function UnfollowScreen() {
  const t = useT("portal");
  useDocumentTitle(t("unfollowTitleGeneric"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const unfollow = useUnfollow();
  return (
    <div className="usa-prose">
      <h1>
        {unfollow.isSuccess
          ? t("unfollowTitle", { number: unfollow.data.number })
          : t("unfollowTitleGeneric")}
      </h1>
      {unfollow.isSuccess ? (
        <Alert
          type="success"
          headingLevel="h2"
          heading={t("unfollowedTitle", { number: unfollow.data.number })}
          role="status"
        >
          {t("unfollowedText")}{" "}
          <Link className="usa-link" to={`/requests/${unfollow.data.number}`}>
            {unfollow.data.number}
          </Link>
        </Alert>
      ) : (
        <>
          <p>{t("unfollowIntro")}</p>
          {unfollow.isError ? <ErrorAlert error={unfollow.error} /> : null}
          <Button
            type="button"
            aria-disabled={unfollow.isPending || token === ""}
            onClick={() => token && !unfollow.isPending && unfollow.mutate(token)}
          >
            {unfollow.isPending ? t("unfollowing") : t("unfollowButton")}
          </Button>
          {token === "" ? <p>{t("linkIncomplete")}</p> : null}
        </>
      )}
    </div>
  );
}
