import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { StaffRequestDetail } from "../../common/contracts/requests.js";
import { apiFetch } from "./client";
import { requestKeys } from "./requests";

/** Body of POST /api/requests/:number/merge (the server validates it with `mergeInput`). */
export interface MergeInput {
  /** Tracking number of the request that stays open. */
  into: string;
  /** A public note on the duplicate's timeline, sent to its residents with the closing notice. */
  note?: string | undefined;
}

/**
 * Merges this request (the duplicate) into another: the answer is the duplicate, now closed and pointing to
 * the other request; both requests' pages and the lists are refreshed.
 */
export function useMergeRequest(number: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MergeInput) =>
      apiFetch<StaffRequestDetail>("POST", `/api/requests/${encodeURIComponent(number)}/merge`, {
        body: input,
      }),
    onSuccess: async (detail, input) => {
      queryClient.setQueryData(requestKeys.detail(number), detail);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: requestKeys.detail(number) }),
        queryClient.invalidateQueries({ queryKey: requestKeys.detail(input.into) }),
        queryClient.invalidateQueries({ queryKey: requestKeys.lists }),
      ]);
    },
  });
}
