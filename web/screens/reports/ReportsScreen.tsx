import "./reports.css";
import { Link, useSearchParams } from "react-router";
import {
  type ReportQuery,
  readReportQuery,
  reportSearch,
  useContactDashboard,
  useRequestDashboard,
} from "../../api/reports";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ContactReport } from "./ContactReport";
import { PhoneLine } from "./PhoneReport";
import { ReportFilterForm } from "./ReportFilterForm";
import { RequestReport } from "./RequestReport";

type View = "requests" | "contacts";
const VIEWS: { view: View; label: string }[] = [
  { view: "requests", label: "Requests" },
  { view: "contacts", label: "Contact center" },
];

/**
 * The supervisor's dashboards: request measures and contact-center measures over a date range. Figures are
 * computed live from the records when the page asks; every figure links to the records behind it.
 */
export function ReportsScreen() {
  const [params, setParams] = useSearchParams();
  const view: View = params.get("view") === "contacts" ? "contacts" : "requests";
  const query = readReportQuery(params);
  useDocumentTitle(view === "contacts" ? "Contact center report" : "Request report");
  const requests = useRequestDashboard(query, view === "requests");
  const contacts = useContactDashboard(query, view === "contacts");
  // The dates the server chose when none were given, so the form shows the range the figures cover.
  const resolved = (view === "requests" ? requests.data : contacts.data)?.filters;

  const apply = (next: ReportQuery) => {
    const search = new URLSearchParams(reportSearch(next));
    if (view !== "requests") search.set("view", view);
    setParams(search);
  };
  const viewLink = (v: View) => {
    const search = new URLSearchParams(reportSearch(query));
    if (v !== "requests") search.set("view", v);
    const text = search.toString();
    return `/staff/reports${text ? `?${text}` : ""}`;
  };

  return (
    <div className="reports">
      <h1>Reports</h1>
      <nav aria-label="Reports" className="report-views">
        <ul className="usa-button-group usa-button-group--segmented">
          {VIEWS.map((v) => (
            <li key={v.view} className="usa-button-group__item">
              <Link
                to={viewLink(v.view)}
                className={`usa-button ${v.view === view ? "" : "usa-button--outline"}`}
                aria-current={v.view === view ? "page" : undefined}
              >
                {v.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReportFilterForm
        key={`${view}:${params.toString()}:${resolved?.from}:${resolved?.to}`}
        query={{ ...resolved, ...query }}
        kind={view}
        onApply={apply}
      />
      {view === "requests" ? (
        <RequestView result={requests} query={query} />
      ) : (
        <ContactView result={contacts} query={query} />
      )}
    </div>
  );
}

function Period({
  from,
  to,
  generatedAt,
  what,
}: {
  from: string;
  to: string;
  generatedAt: string;
  what: string;
}) {
  return (
    <p className="report-period" role="status">
      {from === to ? from : `${from} to ${to}`}, figures as of{" "}
      <time dateTime={generatedAt}>
        {new Date(generatedAt).toLocaleTimeString([], { timeStyle: "short" })}
      </time>
      . Select {what} to see the records behind it.
    </p>
  );
}

function RequestView({
  result,
  query,
}: {
  result: ReturnType<typeof useRequestDashboard>;
  query: ReportQuery;
}) {
  if (result.isPending) return <Loading label="Counting requests…" />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  const d = result.data;
  return (
    <section aria-labelledby="request-report-heading" aria-busy={result.isFetching}>
      <h2 id="request-report-heading">Requests</h2>
      <Period {...d.filters} generatedAt={d.generatedAt} what="a figure, a bar or a map circle" />
      <RequestReport
        data={d}
        query={{ ...query, from: d.filters.from, to: d.filters.to, interval: d.filters.interval }}
      />
    </section>
  );
}

function ContactView({
  result,
  query,
}: {
  result: ReturnType<typeof useContactDashboard>;
  query: ReportQuery;
}) {
  if (result.isPending) return <Loading label="Counting contacts…" />;
  if (result.isError) return <ErrorAlert error={result.error} />;
  const d = result.data;
  const resolved = { ...query, from: d.filters.from, to: d.filters.to, interval: d.filters.interval };
  return (
    <>
      <section aria-labelledby="contact-report-heading" aria-busy={result.isFetching}>
        <h2 id="contact-report-heading">Contact center</h2>
        <Period {...d.filters} generatedAt={d.generatedAt} what="a figure or a bar" />
        <ContactReport data={d} query={resolved} />
      </section>
      <PhoneLine query={resolved} />
    </>
  );
}
