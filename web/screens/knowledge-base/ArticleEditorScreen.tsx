import { Link, useLocation, useNavigate, useParams } from "react-router";
import type { ArticleDetail } from "../../../common/contracts/articles.js";
import { ApiError } from "../../api/client";
import { useArticleDetail } from "../../api/knowledgeBase";
import { NotFound } from "../../app/RouteError";
import { useCurrentSession } from "../../app/session-context";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ArticleForm } from "./ArticleForm";
import { canEditKnowledgeBase } from "./problems";

/** State carried from the list to the editor and back: the list's filters, and what was just saved. */
export interface KnowledgeBaseLinkState {
  listSearch?: string;
  saved?: string;
}

function savedMessage(saved: ArticleDetail, isNew: boolean): string {
  const verb = isNew ? "created" : "saved";
  return saved.status === "published"
    ? `“${saved.title}” is ${verb} and published.`
    : `“${saved.title}” is ${verb} as a draft.`;
}

/** Creates (`/staff/knowledge-base/new`) or edits (`…/articles/:id`) an article; on success, back to the list. */
export function ArticleEditorScreen() {
  const { user } = useCurrentSession();
  const params = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const id = params.id === undefined ? undefined : Number(params.id);
  const validId = id === undefined || (Number.isInteger(id) && id > 0);
  const article = useArticleDetail(validId ? id : undefined);
  const isNew = id === undefined;
  useDocumentTitle(isNew ? "New article" : article.data ? `Edit ${article.data.title}` : "Edit article");

  if (!canEditKnowledgeBase(user.role) || !validId) return <NotFound level="h2" />;
  if (article.error instanceof ApiError && article.error.status === 404) return <NotFound level="h2" />;

  const listSearch = (location.state as KnowledgeBaseLinkState | null)?.listSearch ?? "";
  const backTo = `/staff/knowledge-base${listSearch}`;
  const onSaved = (saved: ArticleDetail) => {
    const state: KnowledgeBaseLinkState = { saved: savedMessage(saved, isNew) };
    void navigate(backTo, { state });
  };

  return (
    <>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to={backTo}>
          Back to the knowledge base
        </Link>
      </p>
      <h2>{isNew ? "New article" : "Edit article"}</h2>
      {article.isLoading ? <Loading label="Loading the article…" /> : null}
      {article.isError ? <ErrorAlert error={article.error} /> : null}
      {article.data ? (
        <p className="text-base-dark">
          {article.data.title}: last changed <DateTime value={article.data.updatedAt} />, used on{" "}
          {article.data.useCount} call{article.data.useCount === 1 ? "" : "s"}.
        </p>
      ) : null}
      {isNew || article.data ? (
        <ArticleForm
          // Keyed by id only: a refetch after saving must not remount the form before it hands over.
          key={article.data?.id ?? "new"}
          article={article.data}
          backTo={backTo}
          onSaved={onSaved}
        />
      ) : null}
    </>
  );
}
