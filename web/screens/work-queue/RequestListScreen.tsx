import { Button } from "@trussworks/react-uswds";
import { useCallback, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { toQueryString } from "../../api/client";
import {
  filtersFromSearch,
  filtersToParams,
  type LiveRequestEvent,
  type RequestFilters,
  useBulkChange,
  useLiveRequests,
  useRequestList,
} from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { BulkActions } from "./BulkActions";
import { QueueCounts } from "./QueueCounts";
import { RequestFilterForm } from "./RequestFilterForm";
import { RequestMapView } from "./RequestMapView";
import { RequestTable, type RowSelection } from "./RequestTable";
import { SavedViews } from "./SavedViews";

/** Commas separate list values, so they stay readable in the address bar. */
function toSearch(filters: RequestFilters, view: "list" | "map" = "list"): string {
  const query = toQueryString({ ...filtersToParams(filters), view: view === "map" ? "map" : undefined });
  return query.replaceAll("%2C", ",");
}

const LIVE_WORDS: Record<string, string> = { created: "is new", reassigned: "was reassigned" };

/**
 * The staff work queue: filters, counts and saved views kept in the URL, then the requests as a table (with
 * row selection for bulk changes) or on a map. New and changed requests arrive live, without reloading.
 */
export function RequestListScreen() {
  useDocumentTitle("Requests");
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(searchKey)), [searchKey]);
  const view = searchParams.get("view") === "map" ? "map" : "list";
  const list = useRequestList(filters);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [selectionFor, setSelectionFor] = useState(searchKey);
  const [done, setDone] = useState("");
  const [live, setLive] = useState("");
  const bulk = useBulkChange();

  // A new filter is a new list: what was selected in the old one is no longer on screen.
  if (selectionFor !== searchKey) {
    setSelectionFor(searchKey);
    setSelected(new Set());
  }

  useLiveRequests(
    useCallback((event: LiveRequestEvent) => {
      setLive(`Request ${event.number} ${LIVE_WORDS[event.type] ?? "was updated"}.`);
    }, []),
  );

  const selection: RowSelection = {
    selected,
    toggle: (number, checked) =>
      setSelected((current) => {
        const next = new Set(current);
        if (checked) next.add(number);
        else next.delete(number);
        return next;
      }),
    toggleAll: (checked) => setSelected(checked ? new Set(items.map((r) => r.number)) : new Set()),
  };
  const selectedRows = items.filter((r) => selected.has(r.number));
  const currentQuery = toSearch(filters).replace(/^\?/, "");

  const loadMore = () => {
    if (!list.isFetchingNextPage) void list.fetchNextPage();
  };

  return (
    <>
      <RequestFilterForm
        key={searchKey}
        filters={filters}
        onApply={(next) => setSearchParams(toSearch(next, view))}
      />
      <SavedViews
        currentQuery={currentQuery}
        onApply={(query) => setSearchParams(toSearch(filtersFromSearch(new URLSearchParams(query)), view))}
      />
      <QueueCounts filters={filters} />
      <p className="usa-sr-only" role="status" aria-live="polite" data-live-announcement>
        {live}
      </p>
      <nav aria-label="Queue views" className="margin-top-2">
        <ul className="usa-button-group">
          <li className="usa-button-group__item">
            <Link
              className={`usa-button${view === "list" ? "" : " usa-button--outline"}`}
              aria-current={view === "list" ? "page" : undefined}
              to={`/staff/${toSearch(filters, "list")}`}
            >
              List
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Link
              className={`usa-button${view === "map" ? "" : " usa-button--outline"}`}
              aria-current={view === "map" ? "page" : undefined}
              to={`/staff/${toSearch(filters, "map")}`}
            >
              Map
            </Link>
          </li>
        </ul>
      </nav>
      {view === "map" ? (
        <RequestMapView filters={filters} listLink={`/staff/${toSearch(filters, "list")}`} />
      ) : (
        <section aria-labelledby="results-heading" className="margin-top-2">
          <h2 id="results-heading">Requests</h2>
          {list.isPending ? <Loading label="Loading requests…" /> : null}
          {list.isError ? <ErrorAlert error={list.error} /> : null}
          <p role="status" className="margin-y-1" data-bulk-result>
            {done}
          </p>
          {selectedRows.length > 0 ? (
            <BulkActions
              selected={selectedRows}
              bulk={bulk}
              onDone={(message) => {
                setDone(message);
                setSelected(new Set());
              }}
            />
          ) : null}
          {list.data ? (
            <>
              <p role="status" className="margin-top-0">
                {items.length === 0
                  ? "No requests match these filters."
                  : `Showing ${items.length} request${items.length === 1 ? "" : "s"}${list.hasNextPage ? " (more available)" : ""}${selected.size ? `, ${selected.size} selected` : ""}.`}
              </p>
              {items.length > 0 ? <RequestTable items={items} selection={selection} /> : null}
              {list.hasNextPage ? (
                <Button type="button" onClick={loadMore} aria-disabled={list.isFetchingNextPage}>
                  {list.isFetchingNextPage ? "Loading more…" : "Load more"}
                </Button>
              ) : null}
            </>
          ) : null}
        </section>
      )}
    </>
  );
}
