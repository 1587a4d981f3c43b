import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../common/languages.js";
import { setRequestLanguage } from "../api/client";
import en from "./catalogs/en";
import es from "./catalogs/es";
import pt from "./catalogs/pt";
import { offeredLanguage, useEnabledLanguages } from "./languageChoices";

/**
 * The portal's interface text. Each language is a folder of catalogs (`catalogs/<lang>/<area>.ts`) typed
 * against English, so a missing or extra key is a type error; adding a language is adding a folder and a
 * line in `CATALOGS` (and its code in common/languages.ts).
 */
export type Catalog = typeof en;
export type Area = keyof Catalog;

const CATALOGS: Record<Language, Catalog> = { en, es, pt };
const STORAGE_KEY = "civic311.language";

/** The language to start in: the resident's earlier choice, else the browser's (Accept-Language), else English. */
export function initialLanguage(
  stored: string | null,
  preferred: readonly string[] = typeof navigator === "undefined" ? [] : navigator.languages,
): Language {
  const known = (tag: string | null | undefined) =>
    LANGUAGES.find((l) => l === tag?.toLowerCase().split("-")[0]);
  return known(stored) ?? preferred.map(known).find((l) => l !== undefined) ?? "en";
}

/** `{name}` placeholders filled from `values`. */
export function format(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState>({ language: "en", setLanguage: () => undefined });

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => initialLanguage(readStored()));
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      /* private browsing: the choice lasts for this page only */
    }
  }, []);
  // Screen readers pronounce the page in its language; the API answers in it.
  setRequestLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and a way to change it. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/** The words of one area in the current language: `const t = useT("common"); t("home")`. */
export function useT<A extends Area>(area: A) {
  const { language } = useLanguage();
  return useCallback(
    (key: keyof Catalog[A], values?: Record<string, string | number>) =>
      format(String(CATALOGS[language][area][key]), values),
    [language, area],
  );
}

/**
 * The language switcher: each language the city offers, named in itself. A choice (or a browser preference)
 * for a language the city no longer offers falls back to English.
 */
export function LanguageSwitcher({ id = "language-switcher" }: { id?: string }) {
  const { language, setLanguage } = useLanguage();
  const enabled = useEnabledLanguages();
  const shown = offeredLanguage(language, enabled);
  useEffect(() => {
    if (shown !== language) setLanguage(shown);
  }, [shown, language, setLanguage]);
  const t = useT("common");
  return (
    <div className="language-switcher">
      <label className="usa-sr-only" htmlFor={id}>
        {t("language")}
      </label>
      <select
        id={id}
        className="usa-select margin-top-0"
        value={shown}
        onChange={(e) => setLanguage(enabled.find((l) => l === e.target.value) ?? "en")}
      >
        {enabled.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
