import { Table, Tag } from "@trussworks/react-uswds";
import { Link } from "react-router";
import type { PersonSummary } from "../../../../common/contracts/people.js";
import { ROLE_LABELS } from "../../../../common/roles.js";
import { DateTime } from "../../../components/DateTime";

/** The staff accounts as a USWDS table; on narrow screens each row stacks with its column labels. */
export function PeopleTable({ items }: { items: PersonSummary[] }) {
  return (
    <Table fullWidth stackedStyle="headers" caption="Staff accounts">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Departments</th>
          <th scope="col">Status</th>
          <th scope="col">Last sign-in</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <th scope="row" data-label="Name">
              <Link className="usa-link" to={`/staff/admin/people/${p.id}`}>
                {p.name}
              </Link>
            </th>
            <td data-label="Email" className="text-break-all">
              {p.email}
            </td>
            <td data-label="Role">{ROLE_LABELS[p.role]}</td>
            <td data-label="Departments">
              {p.departments.length ? (
                p.departments.map((d) => d.name).join(", ")
              ) : (
                <span className="text-base-dark">None</span>
              )}
            </td>
            <td data-label="Status">
              {p.active ? "Active" : <Tag className="bg-base-dark">Deactivated</Tag>}
            </td>
            <td data-label="Last sign-in">
              {p.lastSignInAt ? (
                <DateTime value={p.lastSignInAt} />
              ) : (
                <span className="text-base-dark">Never</span>
              )}
            </td>
            <td data-label="Created">
              <DateTime value={p.createdAt} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
