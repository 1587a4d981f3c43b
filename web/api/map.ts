import { useQuery } from "@tanstack/react-query";
import type { StreetMap } from "../../common/contracts/map.js";
import { apiFetch, toQueryString } from "./client";
import type { AddressSuggestion } from "./console";

/** The street map every map draws as its base layer; it changes only when addresses are imported. */
export function useStreetMap() {
  return useQuery({
    queryKey: ["street-map"],
    queryFn: ({ signal }) => apiFetch<StreetMap>("GET", "/api/map/streets", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Where a click on the map landed: the nearest listed address, or the bare point when none is close. */
export async function placeAt(lat: number, lng: number): Promise<AddressSuggestion> {
  const { address } = await apiFetch<{
    address: { id: number; label: string; lat: number; lng: number; distance: number } | null;
  }>("GET", `/api/addresses/nearest${toQueryString({ lat: lat.toFixed(6), lng: lng.toFixed(6) })}`);
  if (address)
    return { kind: "address", id: address.id, label: address.label, lat: address.lat, lng: address.lng };
  return {
    kind: "point",
    id: null,
    label: `Point on the map (${lat.toFixed(5)}, ${lng.toFixed(5)})`,
    lat,
    lng,
  };
}
