import { Alert, Button, Label, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { Navigate, useLocation } from "react-router";
import { errorMessage } from "../api/client";
import { useSession, useSignIn } from "../api/session";
import type { SignInState } from "../app/RequireSession";
import { useDocumentTitle } from "../components/useDocumentTitle";

/** Only same-site staff paths are followed after sign-in, never an arbitrary address. */
function returnPath(state: unknown): string {
  const from = (state as SignInState | null)?.from;
  if (typeof from === "string" && from.startsWith("/staff") && !from.startsWith("/staff/sign-in"))
    return from;
  return "/staff/";
}

/** Staff sign-in with email and password. */
export function SignInScreen() {
  useDocumentTitle("Staff sign-in");
  const location = useLocation();
  const session = useSession();
  const signIn = useSignIn();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");

  if (session.data) return <Navigate to={returnPath(location.state)} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate({ email: email.trim(), password });
  };

  return (
    <div className="grid-row">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <h1>Staff sign-in</h1>
        {signIn.isError ? (
          <Alert type="error" headingLevel="h2" heading="Could not sign in" role="alert">
            {errorMessage(signIn.error)}
          </Alert>
        ) : null}
        <form className="usa-form usa-form--large" onSubmit={onSubmit}>
          <Label htmlFor="sign-in-email">Email</Label>
          <TextInput
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
          <Label htmlFor="sign-in-password">Password</Label>
          <TextInput
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button type="submit" aria-disabled={signIn.isPending}>
            {signIn.isPending ? "Signing in…" : "Sign in"}
          </Button>
        </form>
      </div>
    </div>
  );
}
