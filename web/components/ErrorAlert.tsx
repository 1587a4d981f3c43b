import { Alert } from "@trussworks/react-uswds";
import { errorMessage } from "../api/client";

/** A USWDS error alert announced to screen readers, showing the server's message. */
export function ErrorAlert({ error }: { error: unknown }) {
  return (
    <Alert type="error" headingLevel="h2" slim role="alert" className="margin-y-2">
      {errorMessage(error)}
    </Alert>
  );
}
