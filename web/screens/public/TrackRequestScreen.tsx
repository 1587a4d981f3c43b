import { useParams } from "react-router";
import { usePublicRequest } from "../../api/public";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";

const EVENT_WORDS: Record<string, string> = {
  created: "Request received",
  status_changed: "Status changed",
  reopened: "Reopened",
  note: "Update from the city",
  merged: "Another report was merged into this one",
};

/** `/requests/:number`: where the link in every message leads — the request's status and public history. */
export function TrackRequestScreen() {
  const { number = "" } = useParams();
  useDocumentTitle(`Request ${number}`);
  const request = usePublicRequest(number);
  if (request.isPending) return <Loading label="Loading the request…" />;
  if (request.isError) {
    return (
      <div className="usa-prose">
        <h1>Request {number}</h1>
        <ErrorAlert error={request.error} />
      </div>
    );
  }
  const r = request.data;
  return (
    <div className="usa-prose">
      <h1>
        Request {r.number}: {r.service}
      </h1>
      <dl className="public-request-facts">
        <dt>Status</dt>
        <dd data-public-status={r.status}>{r.statusLabel}</dd>
        {r.address ? (
          <>
            <dt>Where</dt>
            <dd>{r.address}</dd>
          </>
        ) : null}
        <dt>Reported</dt>
        <dd>
          <DateTime value={r.createdAt} />
        </dd>
        {r.expectedBy ? (
          <>
            <dt>Expected by</dt>
            <dd>
              <DateTime value={r.expectedBy} />
            </dd>
          </>
        ) : null}
        {r.duplicateOf ? (
          <>
            <dt>Follow instead</dt>
            <dd>
              <a className="usa-link" href={`/requests/${r.duplicateOf}`}>
                Request {r.duplicateOf}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <h2>History</h2>
      <ol className="usa-list">
        {r.timeline.map((e) => (
          <li key={`${e.at}-${e.type}`}>
            <DateTime value={e.at} />: {e.label ?? EVENT_WORDS[e.type] ?? "Update"}
            {e.note ? <p className="margin-y-05">{e.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
