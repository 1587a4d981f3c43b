import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, setCsrfToken } from "./client";
import { sessionKey } from "./session";

/** Creates the app's query client: no retries on 4xx, and a 401 anywhere ends the session in the UI. */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      queryClient.setQueryData(sessionKey, null);
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
  return queryClient;
}
