import type { Channel, Priority } from "../../../common/channels.js";
import type { RequestDetail, RequestSummary, TimelineEvent } from "../../../common/contracts/requests.js";
import { describeStatus } from "../../../common/statuses.js";
import type { ServiceWithQuestions } from "../catalog/index.js";
import { displayName } from "../constituents/index.js";
import type { DetailRow, eventsOf, SummaryRow } from "./requests.repository.js";

/** A request in a staff list. Fields are chosen one by one: nothing personal leaves by accident. */
export function presentSummary(row: SummaryRow, now: Date): RequestSummary {
  return {
    number: row.number,
    service: row.service,
    status: row.status,
    closeReason: row.closeReason,
    statusLabel: describeStatus(row.status, row.closeReason),
    priority: row.priority as Priority,
    description: row.description,
    address: row.address,
    department: row.department,
    assignee:
      row.assigneeId !== null && row.assigneeName !== null
        ? { id: row.assigneeId, name: row.assigneeName }
        : null,
    channel: row.channel as Channel,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    dueAt: row.dueAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    overdue: row.status !== "closed" && row.dueAt !== null && row.dueAt < now,
  };
}

function answerText(value: string | number | string[], names: Map<string, string>): string {
  if (Array.isArray(value)) return value.map((v) => names.get(v) ?? v).join(", ");
  return names.get(String(value)) ?? String(value);
}

/** A request's staff detail page: includes the caller's contact details, which only staff may see. */
export function presentDetail(
  row: DetailRow,
  events: Awaited<ReturnType<typeof eventsOf>>,
  service: ServiceWithQuestions | null,
  followers: number,
  now: Date,
): RequestDetail {
  const questions = new Map((service?.questions ?? []).map((q) => [q.code, q]));
  const c = row.constituent;
  const name = c ? displayName(c) : null;
  return {
    ...presentSummary(row, now),
    lat: row.lat,
    lng: row.lng,
    answers: Object.entries(row.answers).map(([code, value]) => {
      const q = questions.get(code);
      return {
        code,
        label: q?.prompt ?? code,
        value: answerText(value, new Map((q?.values ?? []).map((v) => [v.key, v.name]))),
      };
    }),
    parentNumber: row.parentNumber,
    constituent: c?.id ? { id: c.id, name, phone: c.phone, email: c.email } : null,
    followers,
    events: events.map(
      (e): TimelineEvent => ({
        id: e.id,
        type: e.type,
        at: e.at.toISOString(),
        actor: { id: e.actorUserId, name: e.actorLabel },
        public: e.public,
        body: e.body,
        data: e.data,
      }),
    ),
  };
}
