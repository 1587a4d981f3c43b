import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  ApiKeyList,
  ApiKeySummary,
  CreateApiKeyInput,
  CreatedApiKey,
  UpdateApiKeyInput,
} from "../../common/contracts/api-keys.js";
import { apiFetch } from "./client";

export const apiKeysKey = ["admin", "api-keys"] as const;

/** Every API key (administrators only), newest first. */
export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysKey,
    queryFn: ({ signal }) => apiFetch<ApiKeyList>("GET", "/api/admin/api-keys", { signal }),
    select: (data) => data.items,
  });
}

/**
 * Creates an API key. The answer carries the full key, which is shown once from the mutation's own
 * result; only the list is refetched, so the key never enters the query cache.
 */
export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApiKeyInput) =>
      apiFetch<CreatedApiKey>("POST", "/api/admin/api-keys", { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
    // Forget the answer (and the key in it) as soon as the screen that showed it is gone.
    gcTime: 0,
  });
}

/** Revokes an API key by id; clients using it are refused from then on. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiFetch<ApiKeySummary>("POST", `/api/admin/api-keys/${encodeURIComponent(String(id))}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}

/** Renames a key or changes its rate limit; the list is refetched. */
export function useUpdateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateApiKeyInput & { id: number }) =>
      apiFetch<ApiKeySummary>("PUT", `/api/admin/api-keys/${encodeURIComponent(String(id))}`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKey }),
  });
}
