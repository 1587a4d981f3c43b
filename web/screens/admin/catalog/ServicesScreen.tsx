import { Alert, Checkbox, Label, Select, TextInput } from "@trussworks/react-uswds";
import { useState } from "react";
import { Link, useLocation } from "react-router";
import type { AdminServiceSummary } from "../../../../common/contracts/admin-catalog.js";
import { useAdminDepartments, useAdminServices } from "../../../api/adminCatalog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { ScrollTable } from "../../../components/ScrollTable";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";

const UNITS: Record<string, string> = {
  business_hours: "business hours",
  business_days: "business days",
  calendar_days: "calendar days",
};

function sla(s: AdminServiceSummary): string {
  return s.sla ? `${s.sla.value} ${UNITS[s.sla.unit] ?? s.sla.unit}` : "No target";
}

/** The service catalog by group, with filters; retired services are listed apart. */
function ServicesList() {
  useDocumentTitle("Service catalog");
  const services = useAdminServices();
  const departments = useAdminDepartments();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [text, setText] = useState("");
  const [department, setDepartment] = useState("");
  const [showRetired, setShowRetired] = useState(false);
  const words = text.toLowerCase().trim();
  const shown = (services.data ?? []).filter(
    (s) =>
      (showRetired || s.active) &&
      (!department || s.department.code === department) &&
      (!words || `${s.name} ${s.code} ${s.group}`.toLowerCase().includes(words)),
  );
  const groups = [...new Set(shown.map((s) => s.group))];
  return (
    <>
      <h2>Service catalog</h2>
      {saved ? (
        <Alert type="success" headingLevel="h3" slim role="status">
          {saved}
        </Alert>
      ) : null}
      <p>
        <Link className="usa-button" to="/staff/admin/services/new">
          Add a service
        </Link>
      </p>
      <search aria-label="Filter the catalog" className="grid-row grid-gap-2">
        <div className="grid-col-12 tablet:grid-col-5">
          <Label htmlFor="svc-filter">Name, code or group</Label>
          <TextInput
            id="svc-filter"
            name="filter"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="grid-col-12 tablet:grid-col-4">
          <Label htmlFor="svc-filter-dept">Department</Label>
          <Select
            id="svc-filter-dept"
            name="department"
            value={department}
            onChange={(e) => setDepartment(e.target.value)}
          >
            <option value="">All departments</option>
            {(departments.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="grid-col-12 tablet:grid-col-3 padding-top-4">
          <Checkbox
            id="svc-filter-retired"
            name="retired"
            label="Show retired"
            checked={showRetired}
            onChange={(e) => setShowRetired(e.target.checked)}
          />
        </div>
      </search>
      {services.isLoading ? <Loading label="Loading the catalog…" /> : null}
      {services.isError ? <ErrorAlert error={services.error} /> : null}
      {services.data && shown.length === 0 ? <p>No service matches these filters.</p> : null}
      {groups.map((g) => (
        <section key={g} aria-labelledby={`group-${g}`}>
          <h3 id={`group-${g}`}>{g}</h3>
          <ScrollTable label={`${g} services`}>
            <table className="usa-table usa-table--borderless width-full">
              <thead>
                <tr>
                  <th scope="col">Service</th>
                  <th scope="col">Department</th>
                  <th scope="col">Target</th>
                  <th scope="col">Questions</th>
                  <th scope="col">Online</th>
                </tr>
              </thead>
              <tbody>
                {shown
                  .filter((s) => s.group === g)
                  .map((s) => (
                    <tr key={s.code}>
                      <th scope="row">
                        <Link className="usa-link" to={`/staff/admin/services/${s.code}`}>
                          {s.name}
                        </Link>
                        {s.active ? null : <span className="usa-tag margin-left-1">Retired</span>}
                        <div className="text-base font-mono-3xs">{s.code}</div>
                      </th>
                      <td>{s.department.name}</td>
                      <td>{sla(s)}</td>
                      <td>{s.questions}</td>
                      <td>{s.availableOnline ? "Yes" : "No"}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ))}
    </>
  );
}

/** `/staff/admin/services`: administrators only. */
export function ServicesScreen() {
  return (
    <AdminOnly>
      <ServicesList />
    </AdminOnly>
  );
}
