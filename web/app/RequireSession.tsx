import { Button, GridContainer } from "@trussworks/react-uswds";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useSession } from "../api/session";
import { ErrorAlert } from "../components/ErrorAlert";
import { Loading } from "../components/Loading";
import { SessionContext } from "./session-context";

/** Where the sign-in screen sends people back to once they are signed in. */
export interface SignInState {
  from?: string;
}

/** Renders its children only for a signed-in user; otherwise redirects to the sign-in screen. */
export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) {
    return (
      <GridContainer className="padding-y-4">
        <Loading label="Checking your session…" />
      </GridContainer>
    );
  }
  if (session.isError) {
    return (
      <GridContainer className="padding-y-4">
        <ErrorAlert error={session.error} />
        <Button type="button" onClick={() => void session.refetch()}>
          Try again
        </Button>
      </GridContainer>
    );
  }
  if (!session.data) {
    const state: SignInState = { from: location.pathname + location.search };
    return <Navigate to="/staff/sign-in" replace state={state} />;
  }
  return <SessionContext value={session.data}>{children}</SessionContext>;
}
