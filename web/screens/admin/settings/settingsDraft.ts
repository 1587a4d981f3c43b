import type { CityAdminView, CitySettingsInput, PortalColor } from "../../../../common/contracts/city.js";
import type { Language } from "../../../../common/languages.js";
import type { Problem } from "../../knowledge-base/problems";

/** The settings form's state: text fields as typed, the color and languages as chosen. */
export interface SettingsDraft {
  name: string;
  state: string;
  jurisdictionId: string;
  webUrl: string;
  phone311: string;
  outsidePhone: string;
  email: string;
  address: string;
  hours: string;
  primaryColor: PortalColor | "";
  languages: Language[];
  mapTileUrl: string;
  mapAttribution: string;
}

/** Each field's label and its input's id, in the order the form shows them (the error summary's order). */
export const SETTINGS_FIELDS: Record<keyof SettingsDraft, { label: string; target: string }> = {
  name: { label: "City name", target: "city-name" },
  state: { label: "State", target: "city-state" },
  jurisdictionId: { label: "Jurisdiction id", target: "city-jurisdictionId" },
  webUrl: { label: "City web page", target: "city-webUrl" },
  phone311: { label: "311 number", target: "city-phone311" },
  outsidePhone: { label: "Number from outside the city", target: "city-outsidePhone" },
  email: { label: "Email", target: "city-email" },
  address: { label: "Address", target: "city-address" },
  hours: { label: "Hours", target: "city-hours" },
  primaryColor: { label: "Primary color", target: "city-color-standard" },
  languages: { label: "Languages", target: "city-language-es" },
  mapTileUrl: { label: "Tile address", target: "city-mapTileUrl" },
  mapAttribution: { label: "Map credit", target: "city-mapAttribution" },
};

/** The form's starting state from the saved settings. */
export function draftFrom(city: CityAdminView): SettingsDraft {
  return {
    name: city.name,
    state: city.state ?? "",
    jurisdictionId: city.jurisdictionId ?? "",
    webUrl: city.webUrl ?? "",
    phone311: city.phone311,
    outsidePhone: city.outsidePhone ?? "",
    email: city.email ?? "",
    address: city.address ?? "",
    hours: city.hours ?? "",
    primaryColor: city.primaryColor ?? "",
    languages: [...city.languages],
    mapTileUrl: city.mapTileUrl ?? "",
    mapAttribution: city.mapAttribution ?? "",
  };
}

/** What the form sends: empty optional fields become null on the server. */
export function inputFrom(draft: SettingsDraft): CitySettingsInput {
  return { ...draft, primaryColor: draft.primaryColor || null };
}

/** A server problem (`field`, `message`) as a line of the error summary that links to its input. */
export function describeSettingsField(path: string, message: string): Problem | null {
  const field = path.split(".")[0] as keyof SettingsDraft;
  const known = SETTINGS_FIELDS[field];
  if (!known) return null;
  return { field, target: known.target, text: `${known.label}: ${message}` };
}

/** Problems in the order their fields appear on the screen. */
export function inFormOrder(problems: Problem[]): Problem[] {
  const order = Object.keys(SETTINGS_FIELDS);
  return [...problems].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}
