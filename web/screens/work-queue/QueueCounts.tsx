import { Link } from "react-router";
import { REQUEST_STATUSES, STATUS_LABELS } from "../../../common/statuses.js";
import { toQueryString } from "../../api/client";
import { filtersToParams, type RequestFilters, useRequestCounts } from "../../api/requests";

/**
 * How many requests the filter matches, per status and overdue. Each figure links to the same filter narrowed
 * to that status, so the figures double as quick filters.
 */
export function QueueCounts({ filters }: { filters: RequestFilters }) {
  const counts = useRequestCounts(filters);
  if (!counts.data) return null;
  const link = (next: RequestFilters) =>
    `/staff/${toQueryString(filtersToParams(next)).replaceAll("%2C", ",")}`;
  return (
    <section aria-labelledby="counts-heading" className="margin-top-2">
      <h2 id="counts-heading" className="usa-sr-only">
        Counts
      </h2>
      <ul className="usa-list usa-list--unstyled display-flex flex-wrap" aria-label="Requests by status">
        <li className="margin-right-3" data-count="total">
          <span className="text-bold">{counts.data.total}</span> matching
        </li>
        {REQUEST_STATUSES.map((status) => (
          <li key={status} className="margin-right-3" data-count={status}>
            <Link className="usa-link" to={link({ ...filters, status: [status] })}>
              {STATUS_LABELS[status]}: <span className="text-bold">{counts.data.byStatus[status] ?? 0}</span>
            </Link>
          </li>
        ))}
        <li data-count="overdue">
          <Link className="usa-link" to={link({ ...filters, overdue: true })}>
            Overdue: <span className="text-bold">{counts.data.overdue}</span>
          </Link>
        </li>
      </ul>
    </section>
  );
}
