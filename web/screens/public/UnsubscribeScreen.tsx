import { Alert, Button } from "@trussworks/react-uswds";
import { useSearchParams } from "react-router";
import { useUnsubscribe } from "../../api/public";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";

/**
 * `/unsubscribe?token=…`: the link at the foot of every message. Opening it changes nothing (mail scanners
 * open links); the button does.
 */
export function UnsubscribeScreen() {
  useDocumentTitle("Stop updates");
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const unsubscribe = useUnsubscribe();
  return (
    <div className="usa-prose">
      <h1>Stop updates about your requests</h1>
      {unsubscribe.isSuccess ? (
        <Alert type="success" headingLevel="h2" heading="You will get no more updates" role="status">
          We will not email or text you about your requests any more. You can still look them up by tracking
          number, or call 311.
        </Alert>
      ) : (
        <>
          <p>
            Press the button to stop the emails and text messages about the requests you reported or follow.
          </p>
          {unsubscribe.isError ? <ErrorAlert error={unsubscribe.error} /> : null}
          <Button
            type="button"
            aria-disabled={unsubscribe.isPending || token === ""}
            onClick={() => token && !unsubscribe.isPending && unsubscribe.mutate(token)}
          >
            {unsubscribe.isPending ? "Stopping…" : "Stop updates"}
          </Button>
          {token === "" ? <p>This link is incomplete. Copy the whole link from the message.</p> : null}
        </>
      )}
    </div>
  );
}
