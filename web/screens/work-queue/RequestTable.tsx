import { Table } from "@trussworks/react-uswds";
import { Link, useLocation } from "react-router";
import type { RequestSummary } from "../../../common/contracts/requests.js";
import { DateTime } from "../../components/DateTime";
import { OverdueTag } from "../../components/OverdueTag";

/** State passed to the detail screen so its back link returns to the same filtered list. */
export interface DetailLinkState {
  listSearch?: string;
}

/** The requests as a USWDS table; on narrow screens each row stacks with its column labels. */
export function RequestTable({ items }: { items: RequestSummary[] }) {
  const location = useLocation();
  const linkState: DetailLinkState = { listSearch: location.search };
  return (
    <Table fullWidth stackedStyle="headers" caption="Service requests" className="request-table">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Service</th>
          <th scope="col">Status</th>
          <th scope="col">Address</th>
          <th scope="col">Department</th>
          <th scope="col">Assignee</th>
          <th scope="col">Created</th>
          <th scope="col">Due</th>
        </tr>
      </thead>
      <tbody>
        {items.map((r) => (
          <tr key={r.number}>
            <th scope="row" data-label="Number">
              <Link
                className="usa-link"
                to={`/staff/requests/${encodeURIComponent(r.number)}`}
                state={linkState}
              >
                {r.number}
              </Link>
            </th>
            <td data-label="Service">{r.service.name}</td>
            <td data-label="Status">{r.statusLabel}</td>
            <td data-label="Address">{r.address ?? <span className="text-base">No address</span>}</td>
            <td data-label="Department">{r.department.name}</td>
            <td data-label="Assignee">{r.assignee?.name ?? <span className="text-base">Unassigned</span>}</td>
            <td data-label="Created">
              <DateTime value={r.createdAt} />
            </td>
            <td data-label="Due">
              {r.dueAt ? <DateTime value={r.dueAt} /> : <span className="text-base">No due date</span>}
              {r.overdue ? <OverdueTag /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
