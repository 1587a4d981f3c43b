import { LANGUAGES, type Language } from "../../common/languages.js";
import { useCity } from "../app/site";

/**
 * The languages the city offers residents (city settings), English always among them; every language until
 * the city's settings have loaded, so the switcher does not flicker to English only.
 */
export function useEnabledLanguages(): readonly Language[] {
  const city = useCity();
  if (!city) return LANGUAGES;
  return LANGUAGES.filter((l) => l === "en" || city.languages.includes(l));
}

/** The language to show: the chosen one when the city offers it, else English. */
export function offeredLanguage(language: Language, enabled: readonly Language[]): Language {
  return enabled.includes(language) ? language : "en";
}
