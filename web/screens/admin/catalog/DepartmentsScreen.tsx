import { Alert } from "@trussworks/react-uswds";
import { Link, useLocation } from "react-router";
import { useAdminAgencies, useAdminDepartments } from "../../../api/adminCatalog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { ScrollTable } from "../../../components/ScrollTable";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";

interface Row {
  code: string;
  name: string;
  phone: string | null;
  hours: string | null;
  detail: string;
}

function Table({ label, rows, base }: { label: string; rows: Row[]; base: string }) {
  if (rows.length === 0) return <p>None.</p>;
  return (
    <ScrollTable label={label}>
      <table className="usa-table usa-table--borderless width-full">
        <caption className="usa-sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Phone</th>
            <th scope="col">Hours</th>
            <th scope="col">Handles</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <Link className="usa-link" to={`${base}/${r.code}`}>
                  {r.name}
                </Link>
              </th>
              <td>{r.phone ?? "—"}</td>
              <td>{r.hours ?? "—"}</td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Directory() {
  useDocumentTitle("Departments and agencies");
  const departments = useAdminDepartments();
  const agencies = useAdminAgencies();
  const saved = (useLocation().state as { saved?: string } | null)?.saved;
  const deptRows = (departments.data ?? []).map((d) => ({
    ...d,
    detail: `${d.services.filter((s) => s.active).length} active services`,
    active: d.active,
  }));
  const agencyRows = (agencies.data ?? []).map((a) => ({ ...a, detail: a.handles ?? "—" }));
  return (
    <>
      <h2>Departments and agencies</h2>
      {saved ? (
        <Alert type="success" headingLevel="h3" slim role="status">
          {saved}
        </Alert>
      ) : null}
      <p className="usa-hint">
        Retiring keeps a department's or agency's history; it is never deleted. Retired ones are listed apart.
      </p>
      <section aria-labelledby="departments-heading">
        <h3 id="departments-heading">Departments</h3>
        <p>
          <Link className="usa-button" to="/staff/admin/departments/new">
            Add a department
          </Link>
        </p>
        {departments.isLoading ? <Loading label="Loading departments…" /> : null}
        {departments.isError ? <ErrorAlert error={departments.error} /> : null}
        {departments.data ? (
          <>
            <Table
              label="Active departments"
              rows={deptRows.filter((d) => d.active)}
              base="/staff/admin/departments"
            />
            <h4>Retired departments</h4>
            <Table
              label="Retired departments"
              rows={deptRows.filter((d) => !d.active)}
              base="/staff/admin/departments"
            />
          </>
        ) : null}
      </section>
      <section aria-labelledby="agencies-heading">
        <h3 id="agencies-heading">Outside agencies</h3>
        <p>
          <Link className="usa-button" to="/staff/admin/agencies/new">
            Add an agency
          </Link>
        </p>
        {agencies.isLoading ? <Loading label="Loading agencies…" /> : null}
        {agencies.isError ? <ErrorAlert error={agencies.error} /> : null}
        {agencies.data ? (
          <>
            <Table
              label="Active agencies"
              rows={agencyRows.filter((a) => a.active)}
              base="/staff/admin/agencies"
            />
            <h4>Retired agencies</h4>
            <Table
              label="Retired agencies"
              rows={agencyRows.filter((a) => !a.active)}
              base="/staff/admin/agencies"
            />
          </>
        ) : null}
      </section>
    </>
  );
}

/** `/staff/admin/departments`: departments and outside agencies, administrators only. */
export function DepartmentsScreen() {
  return (
    <AdminOnly>
      <Directory />
    </AdminOnly>
  );
}
