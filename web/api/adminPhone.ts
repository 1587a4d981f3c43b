import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PhoneArticleChoice } from "../../common/contracts/articles.js";
import type { PhoneSettings } from "../../common/contracts/telephony.js";
import { apiFetch } from "./client";

export const adminPhoneKey = ["admin", "phone"] as const;

/** The phone line's settings, the defaults filled in (administrators only). */
export function useAdminPhone() {
  return useQuery({
    queryKey: adminPhoneKey,
    queryFn: ({ signal }) => apiFetch<PhoneSettings>("GET", "/api/admin/phone", { signal }),
  });
}

/** Published articles "press 1" may read, by title, with whether each has a phone answer. */
export function usePhoneArticles() {
  return useQuery({
    queryKey: [...adminPhoneKey, "articles"],
    queryFn: ({ signal }) => apiFetch<PhoneArticleChoice[]>("GET", "/api/admin/phone/articles", { signal }),
  });
}

/** Saves the whole settings; answers the saved settings and the paths of the fields that changed. */
export function useSavePhone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PhoneSettings) =>
      apiFetch<{ settings: PhoneSettings; changed: string[] }>("PUT", "/api/admin/phone", { body: input }),
    onSuccess: (result) => {
      queryClient.setQueryData(adminPhoneKey, result.settings);
      // The wallboard's threshold and the operators' away reasons come from these settings.
      return queryClient.invalidateQueries({ queryKey: ["telephony"] });
    },
  });
}
