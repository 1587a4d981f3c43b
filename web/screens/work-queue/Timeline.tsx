import { Tag } from "@trussworks/react-uswds";
import type { TimelineEvent } from "../../../common/contracts/requests.js";
import {
  CLOSE_REASON_LABELS,
  type CloseReason,
  type RequestStatus,
  STATUS_LABELS,
} from "../../../common/statuses.js";
import { DateTime, formatDateTime } from "../../components/DateTime";

const EVENT_LABELS: Record<string, string> = {
  created: "Request created",
  status_changed: "Status changed",
  assigned: "Assigned",
  note: "Note",
  merged: "Merged",
  escalated: "Escalated",
  notified: "Notification sent",
  reopened: "Reopened",
  sla_due_set: "Due date set",
  caller_added: "Another caller",
  comment: "Comment from a resident app",
  reassigned: "Reassigned to another department",
};

function isKey<T extends string>(labels: Record<T, string>, value: unknown): value is T {
  return typeof value === "string" && Object.hasOwn(labels, value);
}

/** A short line from the event's data where its shape is known; the body carries everything else. */
function describe(event: TimelineEvent): string | null {
  const { data } = event;
  if (event.type === "status_changed" || event.type === "reopened") {
    const from = isKey<RequestStatus>(STATUS_LABELS, data.from) ? STATUS_LABELS[data.from] : null;
    const to = isKey<RequestStatus>(STATUS_LABELS, data.to) ? STATUS_LABELS[data.to] : null;
    const reason = isKey<CloseReason>(CLOSE_REASON_LABELS, data.closeReason)
      ? CLOSE_REASON_LABELS[data.closeReason]
      : null;
    if (!to) return null;
    return `${from ? `From ${from} to ${to}` : `Now ${to}`}${reason ? ` (${reason})` : ""}.`;
  }
  if (event.type === "reassigned" && typeof data.label === "string") return `${data.label}.`;
  if (event.type === "sla_due_set" && typeof data.dueAt === "string")
    return `Due ${formatDateTime(data.dueAt)}.`;
  return null;
}

function actorName(event: TimelineEvent): string {
  if (!event.actor) return "System";
  if (event.actor.id === null) return event.actor.name || "Resident";
  return event.actor.name;
}

/** The request's history, oldest first, as an ordered list. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const ordered = [...events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id - b.id);
  return (
    <section aria-labelledby="timeline-heading" className="margin-top-4">
      <h2 id="timeline-heading">Timeline</h2>
      {ordered.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol aria-label="Timeline" className="timeline">
          {ordered.map((event) => {
            const detail = describe(event);
            return (
              <li key={event.id} className="timeline__event">
                <p className="timeline__meta">
                  <DateTime value={event.at} /> · <span className="text-bold">{actorName(event)}</span>
                </p>
                <p className="timeline__title">
                  <span>{EVENT_LABELS[event.type] ?? event.type}</span>{" "}
                  {event.public ? (
                    <Tag className="bg-primary">Public</Tag>
                  ) : (
                    <Tag className="bg-base-darker">Internal</Tag>
                  )}
                </p>
                {detail ? <p className="timeline__detail">{detail}</p> : null}
                {event.body ? <p className="timeline__body">{event.body}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
