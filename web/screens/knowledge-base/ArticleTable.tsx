import { Table, Tag } from "@trussworks/react-uswds";
import { Link, useLocation } from "react-router";
import type { ArticleSummary } from "../../../common/contracts/articles.js";
import type { KnowledgeBaseLinkState } from "./ArticleEditorScreen";

/** A visible "Past review date" tag, so staleness is not conveyed by colour alone. */
export function StaleTag() {
  return <Tag className="bg-secondary-dark margin-left-05">Past review date</Tag>;
}

/** The articles as a USWDS table; on narrow screens each row stacks with its column labels. */
export function ArticleTable({ items }: { items: ArticleSummary[] }) {
  const location = useLocation();
  const state: KnowledgeBaseLinkState = { listSearch: location.search };
  return (
    <Table fullWidth stackedStyle="headers" caption="Knowledge-base articles">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col" className="text-no-wrap">
            Status
          </th>
          <th scope="col">Department</th>
          <th scope="col" className="text-no-wrap">
            Review by
          </th>
          <th scope="col" className="text-no-wrap">
            Used
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <th scope="row" data-label="Title">
              <Link className="usa-link" to={`/staff/knowledge-base/articles/${a.id}`} state={state}>
                {a.title}
              </Link>
            </th>
            <td data-label="Status" className="text-no-wrap">
              {a.status === "draft" ? <Tag>Draft</Tag> : "Published"}
            </td>
            <td data-label="Department">{a.department?.name ?? <span className="text-base">None</span>}</td>
            <td data-label="Review by">
              {a.reviewBy ? (
                <span className="text-no-wrap">{a.reviewBy}</span>
              ) : (
                <span className="text-base">No date</span>
              )}
              {a.stale ? <StaleTag /> : null}
            </td>
            <td data-label="Used" className="text-no-wrap">
              {a.useCount} time{a.useCount === 1 ? "" : "s"}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
