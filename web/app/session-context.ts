import { createContext, useContext } from "react";
import type { SessionResponse } from "../../common/contracts/session.js";

/** The signed-in session, provided by RequireSession to everything under `/staff/`. */
export const SessionContext = createContext<SessionResponse | null>(null);

/** The current session; only valid inside RequireSession. */
export function useCurrentSession(): SessionResponse {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useCurrentSession must be used under RequireSession");
  return session;
}
