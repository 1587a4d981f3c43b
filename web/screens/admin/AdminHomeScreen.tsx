import { Link } from "react-router";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { AdminOnly } from "./AdminOnly";

interface Section {
  to: string;
  title: string;
  what: string;
}

/** The administration areas in the order a new city sets them up. */
export const ADMIN_SECTIONS: Section[] = [
  {
    to: "/staff/admin/settings",
    title: "City settings",
    what: "Name, contact details, languages, logo, colors and map.",
  },
  {
    to: "/staff/admin/departments",
    title: "Departments and agencies",
    what: "Who does the work, and the outside agencies callers are referred to.",
  },
  {
    to: "/staff/admin/calendar",
    title: "Calendar",
    what: "Working hours per department and the city's holidays.",
  },
  {
    to: "/staff/admin/services",
    title: "Service catalog",
    what: "What residents can ask for, its questions, deadlines and translations.",
  },
  {
    to: "/staff/admin/routing",
    title: "Routing rules",
    what: "Which department gets a new request, with a tester that answers for any address.",
  },
  {
    to: "/staff/admin/districts",
    title: "Districts",
    what: "District maps uploaded as GeoJSON, used by routing, the work queue and reports.",
  },
  {
    to: "/staff/admin/people",
    title: "People",
    what: "Staff accounts, roles, departments, deactivation and passwords.",
  },
  {
    to: "/staff/admin/phone",
    title: "Phone line",
    what: "Service level, callbacks, operators' away reasons and the phone menu's words in English and Spanish.",
  },
  {
    to: "/staff/admin/api-keys",
    title: "API keys",
    what: "Keys for apps and partner systems using the Open311 API.",
  },
  {
    to: "/staff/admin/configuration",
    title: "Configuration file",
    what: "Export the whole configuration as YAML, or import one with a preview.",
  },
  {
    to: "/staff/admin/audit",
    title: "Audit log",
    what: "Every administrative and request change: who, what and when.",
  },
];

/** The administration home: one card per area. */
export function AdminHomeScreen() {
  useDocumentTitle("Administration");
  return (
    <AdminOnly>
      <div className="usa-prose">
        <h2>Administration</h2>
        <p>
          Set up and run the city's 311 service. Every change takes effect at once and is recorded in the
          audit log.
        </p>
      </div>
      <ul className="usa-card-group">
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to} className="usa-card tablet:grid-col-4">
            <div className="usa-card__container">
              <div className="usa-card__header">
                <h3 className="usa-card__heading">
                  <Link to={s.to}>{s.title}</Link>
                </h3>
              </div>
              <div className="usa-card__body">
                <p>{s.what}</p>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </AdminOnly>
  );
}
