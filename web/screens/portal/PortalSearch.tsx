import { type FormEvent, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { type PublicSearchResult, usePublicSearch } from "../../api/publicContent";
import { useListboxKeys } from "../../components/useListboxKeys";
import { useLanguage, useT } from "../../i18n";

const KIND_KEY = {
  article: "kindArticle",
  service: "kindService",
  department: "kindDepartment",
  agency: "kindAgency",
} as const;

/** Where a result leads: an answer page, or the report form for a service. */
function hrefOf(r: PublicSearchResult): string | null {
  if (r.kind === "article") return `/answers/${encodeURIComponent(r.code)}`;
  if (r.kind === "service") return `/report/${encodeURIComponent(r.code)}`;
  return null;
}

/**
 * "What do you need?": one box over public answers and online services, with results as the resident types.
 * Down and Up move through the answers and services, Enter opens one; departments and agencies found are
 * listed below with what they handle.
 */
export function PortalSearch() {
  const t = useT("portal");
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [typed, setTyped] = useState("");
  const [open, setOpen] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setTyped(text), 180);
    return () => clearTimeout(timer);
  }, [text]);
  const search = usePublicSearch(typed, language);
  const results = typed.trim().length >= 2 ? (search.data?.results ?? []) : [];
  const options = results.filter((r) => hrefOf(r) !== null);
  const directory = results.filter((r) => hrefOf(r) === null);
  const shown = open ? options : [];
  const idOf = (r: PublicSearchResult) => `portal-search-${r.kind}-${r.code}`;
  const go = (r: PublicSearchResult) => {
    const href = hrefOf(r);
    if (href) navigate(href);
  };
  const keys = useListboxKeys({ items: shown, idOf, onPick: go, onEscape: () => setOpen(false) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const first = options[0];
    if (first) go(first);
  };
  const done = typed.trim().length >= 2 && !search.isFetching && search.data !== undefined;

  return (
    <search>
      <form className="usa-form maxw-none portal-search" onSubmit={onSubmit}>
        <label className="usa-label font-sans-lg text-bold" htmlFor="portal-search">
          {t("searchLabel")}
        </label>
        <span className="usa-hint" id="portal-search-hint">
          {t("searchHint")}
        </span>
        <div className="display-flex">
          <input
            id="portal-search"
            className="usa-input maxw-none"
            type="text"
            autoComplete="off"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={shown.length > 0}
            aria-controls="portal-search-options"
            aria-activedescendant={keys.activeId ?? undefined}
            aria-describedby="portal-search-hint"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onKeyDown={keys.onKeyDown}
          />
          <button type="submit" className="usa-button margin-top-1 margin-left-1">
            {t("searchButton")}
          </button>
        </div>
        <p role="status" className="usa-sr-only">
          {done ? t("resultCount", { count: results.length }) : ""}
        </p>
        <div
          id="portal-search-options"
          role="listbox"
          aria-label={t("searchLabel")}
          className="portal-search__options"
          hidden={shown.length === 0}
        >
          {shown.map((r) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard moves through the options from the text box
            <div
              key={idOf(r)}
              id={idOf(r)}
              role="option"
              tabIndex={-1}
              aria-selected={keys.activeId === idOf(r)}
              className="portal-search__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => go(r)}
            >
              <span className="portal-search__kind">{t(KIND_KEY[r.kind])}</span>
              <span className="text-bold">{r.title}</span>
            </div>
          ))}
        </div>
        {done && results.length === 0 ? <p>{t("noResults", { q: typed.trim() })}</p> : null}
        {directory.length > 0 ? (
          <ul className="usa-list usa-list--unstyled margin-top-2">
            {directory.map((r) => (
              <li key={idOf(r)} className="margin-bottom-1">
                <span className="portal-search__kind">{t(KIND_KEY[r.kind])}</span>
                <span className="text-bold">{r.title}</span>
                {r.snippet ? <span className="display-block">{r.snippet}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
      </form>
    </search>
  );
}
