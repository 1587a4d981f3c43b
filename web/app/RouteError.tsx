import { GridContainer } from "@trussworks/react-uswds";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { errorMessage } from "../api/client";

/** Shown when a route fails to render or is unknown. */
export function RouteError() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <GridContainer className="padding-y-4">
      <main id="main-content" className="usa-prose">
        <h1>{notFound ? "Page not found" : "Something went wrong"}</h1>
        <p>{notFound ? "There is no page at this address." : errorMessage(error)}</p>
        <p>
          <Link className="usa-link" to="/">
            Go to the home page
          </Link>
        </p>
      </main>
    </GridContainer>
  );
}

/** The body of an unknown address inside a layout; `level` keeps headings in order under the layout's own. */
export function NotFound({ level = "h1" }: { level?: "h1" | "h2" }) {
  const Heading = level;
  return (
    <div className="usa-prose">
      <Heading>Page not found</Heading>
      <p>There is no page at this address.</p>
    </div>
  );
}
