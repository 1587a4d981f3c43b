import { Select } from "@trussworks/react-uswds";
import { useState } from "react";
import { Link } from "react-router";
import { useDepartmentHours } from "../../../api/adminCalendar";
import { useDepartments } from "../../../api/catalog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { HolidaysPanel } from "./HolidaysPanel";
import { HoursEditor } from "./HoursEditor";

/** Administrators set each department's working hours and the city's holidays (the SLA calendar). */
export function CalendarScreen() {
  useDocumentTitle("Calendar");
  const departments = useDepartments();
  const [code, setCode] = useState("");
  const hours = useDepartmentHours(code);
  return (
    <AdminOnly>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin">
          Back to administration
        </Link>
      </p>
      <div className="usa-prose">
        <h2>Calendar</h2>
        <p>
          Due dates count business time: a department's working hours, less the city's holidays. Changes apply
          to requests created from now on.
        </p>
      </div>
      <section aria-labelledby="hours-heading">
        <h3 id="hours-heading">Working hours</h3>
        <div className="usa-form">
          <label className="usa-label" htmlFor="hours-department">
            Department
          </label>
          <Select
            id="hours-department"
            name="department"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          >
            <option value="">- Select a department -</option>
            {departments.data?.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </Select>
        </div>
        {code && hours.isPending ? <Loading label="Loading working hours…" /> : null}
        {hours.isError ? <ErrorAlert error={hours.error} /> : null}
        {hours.data && hours.data.department.code === code ? (
          <HoursEditor key={code} hours={hours.data} />
        ) : null}
      </section>
      <HolidaysPanel initialYear={new Date().getFullYear()} />
    </AdminOnly>
  );
}
