import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SessionResponse, SignInInput } from "../../common/contracts/session.js";
import { ApiError, apiFetch, setCsrfToken } from "./client";

export const sessionKey = ["session"] as const;

/** Fetches the current session; resolves to null when nobody is signed in. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionResponse | null> {
  try {
    const session = await apiFetch<SessionResponse>("GET", "/api/session", { signal });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in staff member's session, or null. */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** Signs in with email and password and stores the new session. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) =>
      apiFetch<SessionResponse>("POST", "/api/session", { body: input, skipCsrf: true }),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

/** Ends the session and forgets every cached answer from it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>("DELETE", "/api/session"),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      queryClient.setQueryData(sessionKey, null);
    },
  });
}
