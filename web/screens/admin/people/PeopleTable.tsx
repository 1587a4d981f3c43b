import { Table, Tag } from "@trussworks/react-uswds";
import { Link } from "react-router";
import type { PersonSummary } from "../../../../common/contracts/people.js";
import { ROLE_LABELS } from "../../../../common/roles.js";
import { DateTime } from "../../../components/DateTime";
import { ScrollTable } from "../../../components/ScrollTable";

// The app's tables break anywhere (long addresses); here only the email may, so words like "Active" stay whole.
const whole = { overflowWrap: "normal" } as const;

/**
 * The staff accounts as a USWDS table; on phones each row stacks with its column labels, and between phone and
 * desktop widths the table scrolls sideways in its own region rather than the page.
 */
export function PeopleTable({ items }: { items: PersonSummary[] }) {
  return (
    <ScrollTable label="Staff accounts (scrolls sideways)">
      <Table
        fullWidth
        stackedStyle="headers"
        caption="Staff accounts: name and email, role, departments, status and last sign-in"
      >
        <thead>
          <tr>
            <th scope="col" style={whole}>
              Name
            </th>
            <th scope="col" style={whole}>
              Role
            </th>
            <th scope="col" style={whole}>
              Departments
            </th>
            <th scope="col" style={whole}>
              Status
            </th>
            <th scope="col" style={whole}>
              Last sign-in
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id}>
              <th scope="row" data-label="Name" style={whole}>
                <Link className="usa-link" to={`/staff/admin/people/${p.id}`}>
                  {p.name}
                </Link>
                {/* Under the name rather than in a column of its own: long addresses break only here. */}
                <div
                  className="font-body-2xs text-base-dark text-normal"
                  style={{ overflowWrap: "anywhere" }}
                >
                  {p.email}
                </div>
              </th>
              <td data-label="Role" style={whole}>
                {ROLE_LABELS[p.role]}
              </td>
              <td data-label="Departments" style={whole}>
                {p.departments.length ? (
                  p.departments.map((d) => d.name).join(", ")
                ) : (
                  <span className="text-base-dark">None</span>
                )}
              </td>
              <td data-label="Status" style={whole}>
                {p.active ? "Active" : <Tag className="bg-base-dark">Deactivated</Tag>}
              </td>
              <td data-label="Last sign-in" style={whole}>
                {p.lastSignInAt ? (
                  <DateTime value={p.lastSignInAt} />
                ) : (
                  <span className="text-base-dark">Never</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </ScrollTable>
  );
}
