import "./reports.css";
import { Button } from "@trussworks/react-uswds";
import { Link, useSearchParams } from "react-router";
import { CHANNEL_LABELS, type Channel } from "../../../common/channels.js";
import {
  CALL_MEASURE_KEYS,
  type CallRecord,
  CONTACT_MEASURES,
  type ContactRecord,
  type RequestRecord,
} from "../../../common/contracts/reports.js";
import { type CloseReason, describeStatus, type RequestStatus } from "../../../common/statuses.js";
import {
  REPORT_FILTER_KEYS,
  type RecordsQuery,
  readReportQuery,
  recordsCsvUrl,
  useRecords,
} from "../../api/reports";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { ScrollTable } from "../../components/ScrollTable";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { count, duration } from "./figures";

const MEASURE_TITLES: Record<string, string> = {
  opened: "Requests opened",
  closed: "Requests closed",
  timed: "Requests closed, duplicates left out (days to close)",
  on_time: "Requests closed on time",
  late: "Requests closed late",
  duplicates: "Requests closed as duplicates",
  reopened: "Requests opened and later reopened",
  backlog: "Requests open now",
  rated: "Survey answers",
  contacts: "Contacts",
  handled: "Contacts handled (handle time)",
  resolved_first: "Contacts resolved at first contact",
  not_resolved_first: "Contacts not resolved at first contact",
  transferred: "Contacts transferred",
  referred: "Contacts referred out",
  abandoned: "Contacts abandoned",
  article: "Contacts that used an article",
  calls: "Calls",
  calls_queued: "Calls that reached the queue",
  calls_answered: "Calls answered (speed of answer)",
  calls_within: "Calls answered within the service level",
  calls_over: "Calls answered after the service level",
  calls_abandoned: "Calls abandoned in the queue",
  calls_callback: "Calls whose caller asked for a callback",
  calls_self_served: "Calls served by the menu",
};

const OUTCOME_LABELS: Record<CallRecord["outcome"], string> = {
  answered: "Answered",
  abandoned: "Abandoned",
  callback: "Callback requested",
  self_served: "Self-served",
  other: "Other",
};

/** What the list is narrowed to, in words: "Service: pothole · Week of 2026-10-05 · Age: 8-30 days". */
function describe(q: RecordsQuery): string {
  const parts: string[] = [];
  if (q.measure !== "backlog")
    parts.push(q.from === q.to ? `${q.from}` : `${q.from ?? "…"} to ${q.to ?? "…"}`);
  if (q.bucket) parts.push(`${q.interval ?? "day"} of ${q.bucket}`);
  for (const key of [
    "service",
    "department",
    "district",
    "channel",
    "operator",
    "destination",
    "age",
    "rating",
    "article",
    "cell",
  ] as const) {
    if (q[key]) parts.push(`${key}: ${q[key]}`);
  }
  return parts.join(" · ");
}

/** The records behind one figure of a dashboard, with the same rows as CSV. */
export function RecordsScreen() {
  const [params] = useSearchParams();
  const query = readReportQuery(params);
  const contacts = (CONTACT_MEASURES as readonly string[]).includes(query.measure ?? "");
  const calls = (CALL_MEASURE_KEYS as readonly string[]).includes(query.measure ?? "");
  const title = MEASURE_TITLES[query.measure ?? ""] ?? "Records";
  useDocumentTitle(title);
  const records = useRecords(query);
  const back = new URLSearchParams();
  for (const key of REPORT_FILTER_KEYS) if (query[key]) back.set(key, query[key] as string);
  if (contacts || calls) back.set("view", "contacts");

  const pages = records.data?.pages ?? [];
  const total = pages[0]?.total;
  const items = pages.flatMap((p) => p.items);

  return (
    <div className="reports">
      <p>
        <Link className="usa-link" to={`/staff/reports?${back.toString()}`}>
          Back to the dashboard
        </Link>
      </p>
      <h1>{title}</h1>
      <p>{describe(query)}</p>
      {records.isPending ? <Loading label="Finding the records…" /> : null}
      {records.isError ? <ErrorAlert error={records.error} /> : null}
      {total !== undefined ? (
        <div className="report-records__head">
          <p role="status" data-testid="records-total">
            {count(total)} {total === 1 ? "record" : "records"}
            {items.length < total ? `, the first ${count(items.length)} shown` : ""}.
          </p>
          <a
            className="usa-button usa-button--outline"
            href={recordsCsvUrl(query)}
            download
            data-testid="records-csv"
          >
            Download all {count(total)} as CSV
          </a>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ScrollTable label={title}>
          {calls ? (
            <CallTable items={items as CallRecord[]} />
          ) : contacts ? (
            <ContactTable items={items as ContactRecord[]} />
          ) : (
            <RequestTable items={items as RequestRecord[]} rated={query.measure === "rated"} />
          )}
        </ScrollTable>
      ) : null}
      {records.hasNextPage ? (
        <Button
          type="button"
          outline
          onClick={() => records.fetchNextPage()}
          disabled={records.isFetchingNextPage}
        >
          {records.isFetchingNextPage ? "Loading…" : "Show more"}
        </Button>
      ) : null}
    </div>
  );
}

function RequestTable({ items, rated }: { items: RequestRecord[]; rated: boolean }) {
  return (
    <table className="usa-table usa-table--compact usa-table--striped" data-testid="records-table">
      <thead>
        <tr>
          <th scope="col">Number</th>
          <th scope="col">Service</th>
          <th scope="col">Department</th>
          <th scope="col">District</th>
          <th scope="col">Status</th>
          <th scope="col">Opened</th>
          <th scope="col">Due</th>
          <th scope="col">Closed</th>
          <th scope="col">Days to close</th>
          <th scope="col">On time</th>
          {rated ? <th scope="col">Rating</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a survey list holds one request once per answer; the list only grows
          <tr key={`${r.number}-${i}`}>
            <th scope="row">
              <Link className="usa-link" to={`/staff/requests/${r.number}`}>
                {r.number}
              </Link>
            </th>
            <td>{r.service}</td>
            <td>{r.department}</td>
            <td>{r.district ?? "—"}</td>
            <td>{describeStatus(r.status as RequestStatus, r.closeReason as CloseReason | null)}</td>
            <td>
              <DateTime value={r.createdAt} />
            </td>
            <td>{r.dueAt ? <DateTime value={r.dueAt} /> : "—"}</td>
            <td>{r.closedAt ? <DateTime value={r.closedAt} /> : "—"}</td>
            <td>{r.daysToClose ?? "—"}</td>
            <td>{r.onTime === null ? "—" : r.onTime ? "Yes" : "No"}</td>
            {rated ? <td>{r.rating}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContactTable({ items }: { items: ContactRecord[] }) {
  return (
    <table className="usa-table usa-table--compact usa-table--striped" data-testid="records-table">
      <thead>
        <tr>
          <th scope="col">Contact</th>
          <th scope="col">Started</th>
          <th scope="col">Channel</th>
          <th scope="col">Operator</th>
          <th scope="col">Outcome</th>
          <th scope="col">Handle time</th>
          <th scope="col">Transferred or referred to</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.id}</th>
            <td>
              <DateTime value={c.startedAt} />
            </td>
            <td>{CHANNEL_LABELS[c.channel as Channel] ?? c.channel}</td>
            <td>{c.operator ?? "—"}</td>
            <td>{c.outcomes.join(", ").replaceAll("_", " ") || "—"}</td>
            <td>{duration(c.handleSeconds)}</td>
            <td>{c.destination ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CallTable({ items }: { items: CallRecord[] }) {
  return (
    <table className="usa-table usa-table--compact usa-table--striped" data-testid="records-table">
      <thead>
        <tr>
          <th scope="col">Call</th>
          <th scope="col">Arrived</th>
          <th scope="col">Queued</th>
          <th scope="col">Answered</th>
          <th scope="col">Time in queue</th>
          <th scope="col">Outcome</th>
          <th scope="col">Operator</th>
          <th scope="col">Contact</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <th scope="row">{c.id}</th>
            <td>
              <DateTime value={c.arrivedAt} />
            </td>
            <td>{c.queuedAt ? <DateTime value={c.queuedAt} /> : "—"}</td>
            <td>{c.answeredAt ? <DateTime value={c.answeredAt} /> : "—"}</td>
            <td>{duration(c.queueSeconds)}</td>
            <td>{OUTCOME_LABELS[c.outcome]}</td>
            <td>{c.operator ?? "—"}</td>
            <td>{c.interactionId ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
