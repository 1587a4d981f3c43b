import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CityAdminView, CitySettingsInput } from "../../common/contracts/city.js";
import { apiFetch } from "./client";

export const adminCityKey = ["admin", "city"] as const;

/** The city's settings with the configured time zone (administrators only). */
export function useAdminCity() {
  return useQuery({
    queryKey: adminCityKey,
    queryFn: ({ signal }) => apiFetch<CityAdminView>("GET", "/api/admin/city", { signal }),
  });
}

/** After any change the public header (`["city"]`) is refetched too, so the staff app's own shell follows. */
function useRefreshCity() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: adminCityKey }),
      queryClient.invalidateQueries({ queryKey: ["city"] }),
    ]);
}

/** Saves every setting but the logo; answers the saved settings and the names of the fields that changed. */
export function useSaveCity() {
  const refresh = useRefreshCity();
  return useMutation({
    mutationFn: (input: CitySettingsInput) =>
      apiFetch<{ city: CityAdminView; changed: string[] }>("PUT", "/api/admin/city", { body: input }),
    onSuccess: refresh,
  });
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Uploads a new logo; the server judges the file by its content, not its name. */
export function useUploadLogo() {
  const refresh = useRefreshCity();
  return useMutation({
    mutationFn: async (file: File) =>
      apiFetch<{ logoUrl: string }>("POST", "/api/admin/city/logo", {
        body: { filename: file.name, dataBase64: await base64Of(file) },
      }),
    onSuccess: refresh,
  });
}

/** Takes the logo off the portal. */
export function useRemoveLogo() {
  const refresh = useRefreshCity();
  return useMutation({
    mutationFn: () => apiFetch<void>("DELETE", "/api/admin/city/logo"),
    onSuccess: refresh,
  });
}
