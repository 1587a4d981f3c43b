import type { ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { CHANNEL_LABELS } from "../../../common/channels.js";
import type { RequestDetail, StaffRequestDetail } from "../../../common/contracts/requests.js";
import { ApiError } from "../../api/client";
import { useLiveRequests, useRequest } from "../../api/requests";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { AssignForm } from "./AssignForm";
import { MergeForm } from "./MergeForm";
import { NoteForm } from "./NoteForm";
import { ReassignForm } from "./ReassignForm";
import type { DetailLinkState } from "./RequestTable";
import { SlaClock } from "./SlaClock";
import { StatusForm } from "./StatusForm";
import { Timeline } from "./Timeline";

const none = <span className="text-base">None</span>;

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function Summary({ request }: { request: StaffRequestDetail }) {
  return (
    <dl className="summary-list">
      <Field label="Service">{request.service.name}</Field>
      <Field label="Status">{request.statusLabel}</Field>
      <Field label="Priority">{capitalize(request.priority)}</Field>
      <Field label="Department">{request.department.name}</Field>
      <Field label="Assignee">{request.assignee?.name ?? "Unassigned"}</Field>
      <Field label="Address">{request.address ?? none}</Field>
      <Field label="District">{request.district ?? none}</Field>
      <Field label="Channel">{CHANNEL_LABELS[request.channel]}</Field>
      <Field label="Created">
        <DateTime value={request.createdAt} />
      </Field>
      <Field label="Due">
        <SlaClock request={request} />
      </Field>
      <Field label="Description">
        {request.description ? <span className="summary-list__text">{request.description}</span> : none}
      </Field>
      {request.parentNumber ? (
        <Field label="Parent request">
          <Link className="usa-link" to={`/staff/requests/${encodeURIComponent(request.parentNumber)}`}>
            {request.parentNumber}
          </Link>
        </Field>
      ) : null}
      <Field label="Followers">{request.followers}</Field>
    </dl>
  );
}

function Answers({ answers }: { answers: RequestDetail["answers"] }) {
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      {answers.length === 0 ? (
        <p>No questions were answered.</p>
      ) : (
        <dl className="summary-list">
          {answers.map((a) => (
            <Field key={a.code} label={a.label}>
              {a.value}
            </Field>
          ))}
        </dl>
      )}
    </section>
  );
}

function Photos({ photos }: { photos: StaffRequestDetail["photos"] }) {
  return (
    <section aria-labelledby="photos-heading">
      <h2 id="photos-heading">Photos</h2>
      {photos.length === 0 ? (
        <p>No photos.</p>
      ) : (
        <ul className="usa-list usa-list--unstyled display-flex flex-wrap">
          {photos.map((p) => (
            <li key={p.url} className="margin-right-2 margin-bottom-2">
              <a className="usa-link" href={p.url} target="_blank" rel="noreferrer">
                {p.contentType.startsWith("image/") ? (
                  <img src={p.url} alt="" style={{ maxHeight: 160, display: "block" }} />
                ) : null}
                {p.filename}
                {p.public ? "" : " (internal)"}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Contact({ constituent }: { constituent: RequestDetail["constituent"] }) {
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">Constituent contact</h2>
      {constituent ? (
        <dl className="summary-list">
          <Field label="Name">{constituent.name ?? none}</Field>
          <Field label="Phone">{constituent.phone ?? none}</Field>
          <Field label="Email">{constituent.email ?? none}</Field>
        </dl>
      ) : (
        <p>Anonymous: no contact details were given.</p>
      )}
    </section>
  );
}

/** One request: its summary, answers, contact, the actions staff can take, and its timeline. */
export function RequestDetailScreen() {
  const { number = "" } = useParams();
  const location = useLocation();
  const listSearch = (location.state as DetailLinkState | null)?.listSearch ?? "";
  const request = useRequest(number);
  useDocumentTitle(`Request ${number}`);
  useLiveRequests();

  const notFound = request.error instanceof ApiError && request.error.status === 404;

  return (
    <article aria-labelledby="request-heading">
      <p className="margin-bottom-0">
        <Link className="usa-link" to={`/staff/${listSearch}`}>
          Back to requests
        </Link>
      </p>
      <h1 id="request-heading">Request {number}</h1>
      {request.isPending ? <Loading label="Loading request…" /> : null}
      {notFound ? <ErrorAlert error={new Error(`There is no request ${number} that you can see.`)} /> : null}
      {request.isError && !notFound ? <ErrorAlert error={request.error} /> : null}
      {request.data ? (
        <>
          <Summary request={request.data} />
          <Answers answers={request.data.answers} />
          <Photos photos={request.data.photos} />
          <Contact constituent={request.data.constituent} />
          <section aria-labelledby="actions-heading" key={request.data.number}>
            <h2 id="actions-heading">Actions</h2>
            <div className="grid-row grid-gap">
              <div className="grid-col-12 desktop:grid-col-4">
                <StatusForm request={request.data} />
              </div>
              <div className="grid-col-12 desktop:grid-col-4">
                <AssignForm request={request.data} />
              </div>
              <div className="grid-col-12 desktop:grid-col-4">
                <NoteForm request={request.data} />
              </div>
              <div className="grid-col-12 desktop:grid-col-4">
                <ReassignForm request={request.data} backTo={`/staff/${listSearch}`} />
              </div>
              <div className="grid-col-12 desktop:grid-col-4">
                <MergeForm request={request.data} />
              </div>
            </div>
          </section>
          <Timeline events={request.data.events} />
        </>
      ) : null}
    </article>
  );
}
