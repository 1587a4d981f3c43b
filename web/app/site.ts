import { useQuery } from "@tanstack/react-query";
import type { CityInfo } from "../../common/contracts/city.js";
import { apiFetch } from "../api/client";

/** The product's name, shown beside the city's. */
export const APP_NAME = "civic311";

/** The city's public name and numbers from `GET /api/city` (city settings are data, not build options). */
export function useCity(): CityInfo | undefined {
  return useQuery({
    queryKey: ["city"],
    queryFn: ({ signal }) => apiFetch<CityInfo>("GET", "/api/city", { signal }),
    // A minute: an administrator's change reaches open pages when they next refocus, without polling.
    staleTime: 60_000,
  }).data;
}
