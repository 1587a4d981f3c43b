import { Alert } from "@trussworks/react-uswds";
import { Link } from "react-router";
import { useCurrentSession } from "../../app/session-context";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { Wallboard } from "./Wallboard";

/**
 * The supervisors' live wallboard of the phone line (issue 10): the queue now, operators by state and today's
 * figures, large enough to read across a room. Supervisors and administrators only; others who open the
 * address are told so (the API answers them 404).
 */
export function WallboardScreen() {
  const { user } = useCurrentSession();
  useDocumentTitle("Wallboard");
  if (user.role !== "supervisor" && user.role !== "admin") {
    return (
      <div data-wallboard-denied>
        <h1>Wallboard</h1>
        <Alert type="info" headingLevel="h2" heading="Only supervisors can see the wallboard">
          The phone line's live wallboard is for supervisors and administrators.{" "}
          <Link className="usa-link" to="/staff/">
            Back to your workspace
          </Link>
        </Alert>
      </div>
    );
  }
  return <Wallboard />;
}
