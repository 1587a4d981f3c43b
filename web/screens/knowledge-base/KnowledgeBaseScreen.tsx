import { Alert, Button } from "@trussworks/react-uswds";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { toQueryString } from "../../api/client";
import {
  type ArticleFilters,
  articleFiltersFromSearch,
  articleFiltersToParams,
  useArticleList,
} from "../../api/knowledgeBase";
import { NotFound } from "../../app/RouteError";
import { useCurrentSession } from "../../app/session-context";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import type { KnowledgeBaseLinkState } from "./ArticleEditorScreen";
import { ArticleFilterForm } from "./ArticleFilterForm";
import { ArticleHealthPanel } from "./ArticleHealthPanel";
import { ArticleTable } from "./ArticleTable";
import { canEditKnowledgeBase } from "./problems";

/** The message an editor left on its way back ("… is saved"), shown once and focused so it is heard. */
function SavedMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState((location.state as KnowledgeBaseLinkState | null)?.saved ?? "");
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the screen opens with a message
  useEffect(() => {
    if (!message) return;
    box.current?.focus();
    // Forget it, so a reload or going back does not claim a second save.
    void navigate({ search: location.search }, { replace: true, state: null });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={box} tabIndex={-1}>
      <Alert type="success" headingLevel="h3" slim role="status" className="margin-y-2">
        {message}
      </Alert>
    </div>
  );
}

/** Supervisors' and administrators' knowledge base: every article with filters, and the health lists. */
export function KnowledgeBaseScreen() {
  useDocumentTitle("Knowledge base");
  const { user } = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  const filters = useMemo(() => articleFiltersFromSearch(new URLSearchParams(searchKey)), [searchKey]);
  const editor = canEditKnowledgeBase(user.role);
  const list = useArticleList(filters, editor);
  const items = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  if (!editor) return <NotFound level="h2" />;
  const apply = (next: ArticleFilters) => setSearchParams(toQueryString(articleFiltersToParams(next)));
  const linkState: KnowledgeBaseLinkState = { listSearch: searchKey ? `?${searchKey}` : "" };

  return (
    <>
      <div className="usa-prose">
        <h2>Knowledge base</h2>
        <p>
          The answers operators read to callers. Keep them current: each article has an owner and a review-by
          date.
        </p>
      </div>
      <SavedMessage />
      <p className="display-flex flex-wrap">
        <Link className="usa-button margin-bottom-1" to="/staff/knowledge-base/new" state={linkState}>
          New article
        </Link>
        <Link className="usa-button usa-button--outline margin-bottom-1" to="/staff/knowledge-base/synonyms">
          Edit synonyms
        </Link>
      </p>
      <ArticleFilterForm key={searchKey} filters={filters} onApply={apply} />
      <section aria-labelledby="kb-articles-heading" className="margin-top-4">
        <h3 id="kb-articles-heading">Articles</h3>
        {list.isPending ? <Loading label="Loading articles…" /> : null}
        {list.isError ? <ErrorAlert error={list.error} /> : null}
        {list.data ? (
          <>
            <p role="status" className="margin-top-0">
              {items.length === 0
                ? "No articles match these filters."
                : `Showing ${items.length} article${items.length === 1 ? "" : "s"}${list.hasNextPage ? " (more available)" : ""}.`}
            </p>
            {items.length > 0 ? <ArticleTable items={items} /> : null}
            {list.hasNextPage ? (
              <Button
                type="button"
                onClick={() => {
                  if (!list.isFetchingNextPage) void list.fetchNextPage();
                }}
                aria-disabled={list.isFetchingNextPage}
              >
                {list.isFetchingNextPage ? "Loading more…" : "Load more"}
              </Button>
            ) : null}
          </>
        ) : null}
      </section>
      <ArticleHealthPanel />
    </>
  );
}
