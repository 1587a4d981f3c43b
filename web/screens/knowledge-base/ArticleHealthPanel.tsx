import { Link } from "react-router";
import { useArticleHealth } from "../../api/knowledgeBase";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";

/** The published articles past their review date (oldest first), and what callers ask about most. */
export function ArticleHealthPanel() {
  const health = useArticleHealth();
  return (
    <div className="grid-row grid-gap margin-top-4">
      {health.isPending ? <Loading label="Loading article health…" /> : null}
      {health.isError ? <ErrorAlert error={health.error} /> : null}
      {health.data ? (
        <>
          <section aria-labelledby="kb-stale-heading" className="grid-col-12 desktop:grid-col-6">
            <h3 id="kb-stale-heading">Past their review date</h3>
            {health.data.stale.length === 0 ? (
              <p>Every published article is within its review date.</p>
            ) : (
              <ul className="usa-list" aria-labelledby="kb-stale-heading">
                {health.data.stale.map((a) => (
                  <li key={a.id}>
                    <Link className="usa-link" to={`/staff/knowledge-base/articles/${a.id}`}>
                      {a.title}
                    </Link>{" "}
                    <span className="text-base-dark">(review by {a.reviewBy})</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="kb-used-heading" className="grid-col-12 desktop:grid-col-6">
            <h3 id="kb-used-heading">Most used</h3>
            {health.data.mostUsed.length === 0 ? (
              <p>No article has been used on a call yet.</p>
            ) : (
              <ol className="usa-list" aria-labelledby="kb-used-heading">
                {health.data.mostUsed.map((a) => (
                  <li key={a.id}>
                    <Link className="usa-link" to={`/staff/knowledge-base/articles/${a.id}`}>
                      {a.title}
                    </Link>{" "}
                    <span className="text-base-dark">
                      ({a.useCount} call{a.useCount === 1 ? "" : "s"})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
