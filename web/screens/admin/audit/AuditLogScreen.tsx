import { Button } from "@trussworks/react-uswds";
import { useSearchParams } from "react-router";
import { type AuditQueryText, auditCsvUrl, readAuditQuery, useAuditLog } from "../../../api/adminAudit";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";

const count = (n: number) => n.toLocaleString("en-US");

/** Every administrative and request change, filtered by person, object and date, and as CSV. */
export function AuditLogScreen() {
  useDocumentTitle("Audit log");
  return (
    <AdminOnly>
      <AuditLog />
    </AdminOnly>
  );
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const query = readAuditQuery(params);
  const log = useAuditLog(query);
  const pages = log.data?.pages ?? [];
  const total = pages[0]?.total;
  const items = pages.flatMap((p) => p.items);
  const apply = (next: AuditQueryText) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value?.trim()) search.set(key, value.trim());
    setParams(search);
  };

  return (
    <>
      <div className="usa-prose">
        <h2>Audit log</h2>
        <p>
          Every change to the city's configuration, accounts and keys, and every change to a request.
          Residents appear as “resident”, and notes are not shown here.
        </p>
      </div>
      {/* Keyed by the query, so going back in history shows that query's filters in the form. */}
      <AuditFilterForm key={params.toString()} query={query} onApply={apply} />
      <section aria-labelledby="audit-results-heading" className="margin-top-4">
        <h2 id="audit-results-heading" className="font-heading-md">
          Changes
        </h2>
        {log.isPending ? <Loading label="Reading the audit log…" /> : null}
        {log.isError ? <ErrorAlert error={log.error} /> : null}
        {total !== undefined ? (
          <div className="display-flex flex-wrap flex-align-center">
            <p role="status" data-testid="audit-total" className="margin-right-2">
              {count(total)} {total === 1 ? "change" : "changes"}
              {items.length < total ? `, the newest ${count(items.length)} shown` : ""}.
            </p>
            {total > 0 ? (
              <a className="usa-button usa-button--outline" href={auditCsvUrl(query)} download>
                Download CSV
              </a>
            ) : null}
          </div>
        ) : null}
        {items.length > 0 ? <AuditTable items={items} /> : null}
        {log.hasNextPage ? (
          <Button
            type="button"
            outline
            className="margin-top-2"
            onClick={() => log.fetchNextPage()}
            aria-disabled={log.isFetchingNextPage}
          >
            {log.isFetchingNextPage ? "Loading…" : "More"}
          </Button>
        ) : null}
      </section>
    </>
  );
}
