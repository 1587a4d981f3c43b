import { Table } from "@trussworks/react-uswds";
import { Link, useLocation } from "react-router";
import type { RequestSummary } from "../../../common/contracts/requests.js";
import { DateTime } from "../../components/DateTime";
import { OverdueTag } from "../../components/OverdueTag";

/** State passed to the detail screen so its back link returns to the same filtered list. */
export interface DetailLinkState {
  listSearch?: string;
}

/** Row selection for bulk changes: the selected tracking numbers and how to change them. */
export interface RowSelection {
  selected: ReadonlySet<string>;
  toggle: (number: string, checked: boolean) => void;
  toggleAll: (checked: boolean) => void;
}

/**
 * The requests as a USWDS table; on narrow screens each row stacks with its column labels. With a selection,
 * each row starts with a native checkbox (reachable with Tab, toggled with Space) and the header's checkbox
 * selects every row on this page.
 */
export function RequestTable({ items, selection }: { items: RequestSummary[]; selection?: RowSelection }) {
  const location = useLocation();
  const linkState: DetailLinkState = { listSearch: location.search };
  const selectedHere = selection ? items.filter((r) => selection.selected.has(r.number)).length : 0;
  return (
    <Table fullWidth stackedStyle="headers" caption="Service requests" className="request-table">
      <thead>
        <tr>
          {selection ? (
            <th scope="col">
              <input
                type="checkbox"
                id="select-all-rows"
                aria-label="Select all requests on this page"
                checked={items.length > 0 && selectedHere === items.length}
                ref={(el) => {
                  if (el) el.indeterminate = selectedHere > 0 && selectedHere < items.length;
                }}
                onChange={(e) => selection.toggleAll(e.target.checked)}
              />
            </th>
          ) : null}
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
            {selection ? (
              <td data-label="Select">
                <input
                  type="checkbox"
                  id={`select-${r.number}`}
                  aria-label={`Select request ${r.number}`}
                  checked={selection.selected.has(r.number)}
                  onChange={(e) => selection.toggle(r.number, e.target.checked)}
                />
              </td>
            ) : null}
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
