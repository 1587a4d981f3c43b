import { Button } from "@trussworks/react-uswds";
import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { toQueryString } from "../../api/client";
import { filtersFromSearch, filtersToParams, type RequestFilters, useRequestList } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { RequestFilterForm } from "./RequestFilterForm";
import { RequestTable } from "./RequestTable";

/** Commas separate list values, so they stay readable in the address bar. */
function toSearch(filters: RequestFilters): string {
  return toQueryString(filtersToParams(filters)).replaceAll("%2C", ",");
}

/** The staff request list: filters kept in the URL, a table of results, and "Load more" paging. */
export function RequestListScreen() {
  useDocumentTitle("Requests");
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  const filters = useMemo(() => filtersFromSearch(new URLSearchParams(searchKey)), [searchKey]);
  const list = useRequestList(filters);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  const loadMore = () => {
    if (!list.isFetchingNextPage) void list.fetchNextPage();
  };

  return (
    <>
      <RequestFilterForm
        key={searchKey}
        filters={filters}
        onApply={(next) => setSearchParams(toSearch(next))}
      />
      <section aria-labelledby="results-heading" className="margin-top-4">
        <h2 id="results-heading">Requests</h2>
        {list.isPending ? <Loading label="Loading requests…" /> : null}
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        {list.data ? (
          <>
            <p role="status" className="margin-top-0">
              {items.length === 0
                ? "No requests match these filters."
                : `Showing ${items.length} request${items.length === 1 ? "" : "s"}${list.hasNextPage ? " (more available)" : ""}.`}
            </p>
            {items.length > 0 ? <RequestTable items={items} /> : null}
            {list.hasNextPage ? (
              <Button type="button" onClick={loadMore} aria-disabled={list.isFetchingNextPage}>
                {list.isFetchingNextPage ? "Loading more…" : "Load more"}
              </Button>
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
