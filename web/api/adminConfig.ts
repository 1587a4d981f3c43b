import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ConfigImportResult, ConfigPreview } from "../../common/contracts/config.js";
import { apiFetch } from "./client";

/** Where an administrator downloads the city's configuration as a YAML file. */
export const CONFIG_EXPORT_URL = "/api/admin/config/export";

/** Validates a configuration file's text and lists what importing it would change (changes nothing). */
export function usePreviewConfiguration() {
  return useMutation({
    mutationFn: (yaml: string) =>
      apiFetch<ConfigPreview>("POST", "/api/admin/config/preview", { body: { yaml } }),
  });
}

/** Applies a previewed file; refused (409) when the configuration changed since that preview. */
export function useImportConfiguration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { yaml: string; fingerprint: string }) =>
      apiFetch<ConfigImportResult>("POST", "/api/admin/config/import", { body: input }),
    // Everything the file touches (catalog, directory, city) may be on other screens' caches.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
