import { Label } from "@trussworks/react-uswds";
import { type RefObject, useEffect, useMemo, useState } from "react";
import type { SearchResult } from "../../../common/contracts/search.js";
import { useConsoleSearch } from "../../api/console";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useListboxKeys } from "../../components/useListboxKeys";

/** The value, once it has stopped changing for `ms` milliseconds. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

type Kind = SearchResult["kind"];

const GROUPS: { kind: Kind; heading: string }[] = [
  { kind: "article", heading: "Answers" },
  { kind: "service", heading: "Services" },
  { kind: "department", heading: "Departments" },
  { kind: "agency", heading: "Agencies" },
];

export function resultId(result: SearchResult): string {
  return `console-result-${result.kind}-${result.id}`;
}

interface ConsoleSearchProps {
  inputRef: RefObject<HTMLInputElement | null>;
  disabled: boolean;
  onOpen: (result: SearchResult) => void;
  /** Told which result Enter would open, so Alt+R can use a highlighted service. */
  onHighlight: (result: SearchResult | null) => void;
}

/**
 * "What does the caller need?": results as the operator types, grouped by kind. Up and Down move through
 * them in the order shown; Enter opens the highlighted one (the best match until the operator moves).
 */
export function ConsoleSearch({ inputRef, disabled, onOpen, onHighlight }: ConsoleSearchProps) {
  const [text, setText] = useState("");
  const q = useDebounced(text, 150);
  const search = useConsoleSearch(q);
  const results = useMemo(() => (text.trim() ? (search.data ?? []) : []), [search.data, text]);
  const grouped = useMemo(
    () =>
      GROUPS.map((g) => ({ ...g, items: results.filter((r) => r.kind === g.kind) })).filter(
        (g) => g.items.length > 0,
      ),
    [results],
  );
  const ordered = useMemo(() => grouped.flatMap((g) => g.items), [grouped]);
  const {
    active: highlighted,
    activeId: active,
    onKeyDown,
  } = useListboxKeys({
    items: ordered,
    idOf: resultId,
    // The best match is the first result the server sent, whichever group shows it.
    initial: results[0] ?? null,
    onPick: onOpen,
    onEscape: () => setText(""),
  });
  useEffect(() => {
    onHighlight(highlighted);
  }, [highlighted, onHighlight]);

  const expanded = ordered.length > 0;
  const status =
    text.trim() === ""
      ? ""
      : search.isFetching && results.length === 0
        ? "Searching…"
        : `${results.length} ${results.length === 1 ? "result" : "results"}. Up and Down to move, Enter to open.`;

  return (
    <section aria-labelledby="console-search-heading" className="margin-bottom-3">
      <h2 id="console-search-heading" className="usa-sr-only">
        Search
      </h2>
      <Label htmlFor="console-search">What does the caller need?</Label>
      <input
        ref={inputRef}
        id="console-search"
        className="usa-input maxw-full"
        type="text"
        enterKeyHint="search"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="console-results"
        aria-activedescendant={expanded && active ? active : undefined}
        aria-describedby="console-search-status"
        aria-keyshortcuts="Alt+S /"
        disabled={disabled}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="console-search-status" role="status" className="font-body-2xs text-base-dark margin-y-1">
        {disabled ? "Start a contact to search." : status}
      </p>
      {search.isError ? <ErrorAlert error={search.error} /> : null}
      <div id="console-results" className="console-results">
        {grouped.map((group) => (
          <div key={group.kind}>
            <h3 id={`console-group-${group.kind}`} className="font-body-sm margin-top-2 margin-bottom-1">
              {group.heading}
            </h3>
            <div
              role="listbox"
              aria-labelledby={`console-group-${group.kind}`}
              className="usa-list--unstyled"
            >
              {group.items.map((result) => {
                const id = resultId(result);
                const selected = id === active;
                return (
                  // biome-ignore lint/a11y/useKeyWithClickEvents: options are reached from the search box's arrow keys
                  <div
                    key={id}
                    id={id}
                    role="option"
                    tabIndex={-1}
                    aria-selected={selected}
                    className={`padding-1 border-1px radius-md margin-bottom-05 cursor-pointer ${
                      selected ? "bg-primary-lighter border-primary" : "border-base-lighter"
                    }`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => onOpen(result)}
                  >
                    <span className="text-bold">{result.title}</span>
                    {result.snippet ? (
                      <span className="display-block font-body-2xs text-base-dark">{result.snippet}</span>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
