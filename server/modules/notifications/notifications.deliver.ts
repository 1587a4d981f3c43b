import { and, eq, sql } from "drizzle-orm";
import { LANGUAGES, type Language } from "../../../common/languages.js";
import { CLOSE_REASONS, REQUEST_STATUSES } from "../../../common/statuses.js";
import {
  constituents,
  followers,
  notificationDeliveries,
  requestEvents,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import type { Db } from "../../platform/db.js";
import { translationsFor } from "../../platform/translations.js";
import { composeMessage, type NoticeKind } from "./notifications.messages.js";
import type { Mailer, SmsSender } from "./notifications.senders.js";
import { linkToken } from "./notifications.tokens.js";

export interface DeliveryDeps {
  db: Db;
  mailer: Mailer | null;
  sms: SmsSender | null;
  publicBaseUrl: string;
  linkSecret: string;
  timeZone: string;
  clock: { now(): Date };
}

/** What residents are told about a public event, or null for events that are not news to them. */
export function noticeFor(event: {
  type: string;
  body: string | null;
  data: Record<string, unknown>;
}): NoticeKind | null {
  const d = event.data;
  switch (event.type) {
    case "created":
      return { kind: "created", dueAt: typeof d.dueAt === "string" ? new Date(d.dueAt) : null };
    case "reopened":
      return { kind: "reopened" };
    case "status_changed": {
      const to = REQUEST_STATUSES.find((s) => s === d.to);
      if (!to) return null;
      if (to !== "closed") return { kind: "status", status: to };
      const reason = CLOSE_REASONS.find((r) => r === d.closeReason);
      if (!reason) return null;
      return {
        kind: "closed",
        reason,
        parentNumber: typeof d.parentNumber === "string" ? d.parentNumber : null,
      };
    }
    case "note":
      return event.body ? { kind: "note" } : null;
    // A resident's own comment (FixMyStreet updates) is theirs: it is not echoed back to them.
    case "comment":
      return null;
    default:
      return event.body ? { kind: "note" } : null;
  }
}

type Channel = "email" | "sms";

/** The channels a resident is reached by, from their preference and what they gave us. */
export function channelsFor(
  person: { email: string | null; phone: string | null; contactPreference: string },
  smsAvailable: boolean,
): Channel[] {
  const email = person.email !== null;
  const sms = person.phone !== null && smsAvailable;
  switch (person.contactPreference) {
    case "email":
      return email ? ["email"] : sms ? ["sms"] : [];
    case "sms":
      return sms ? ["sms"] : email ? ["email"] : [];
    default:
      // "phone" (staff call back) and "none": no automatic message.
      return [];
  }
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  alreadyDone: number;
  failed: number;
}

/**
 * Tells every resident following a request about one public event, once per resident and channel: each
 * delivery is a row keyed (event, resident, channel) that is marked sent after the provider accepts the
 * message, so a retried job sends only what has not gone yet. Throws (for a retry with backoff) when any
 * send failed, after trying all of them.
 */
export async function deliverEvent(deps: DeliveryDeps, eventId: number): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, alreadyDone: 0, failed: 0 };
  const [event] = await deps.db
    .select({
      id: requestEvents.id,
      type: requestEvents.type,
      public: requestEvents.public,
      body: requestEvents.body,
      data: requestEvents.data,
      requestId: requestEvents.requestId,
      number: serviceRequests.number,
      serviceCode: serviceTypes.code,
      service: serviceTypes.name,
      address: serviceRequests.address,
    })
    .from(requestEvents)
    .innerJoin(serviceRequests, eq(serviceRequests.id, requestEvents.requestId))
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .where(eq(requestEvents.id, eventId))
    .limit(1);
  if (!event?.public) return report;
  const notice = noticeFor(event);
  if (!notice) return report;

  // Everyone following: the reporter (a follower from creation, until they unfollow) and every "me too".
  const people = await deps.db
    .selectDistinct({
      id: constituents.id,
      email: constituents.email,
      phone: constituents.phone,
      language: constituents.language,
      contactPreference: constituents.contactPreference,
      notify: constituents.notifyOnUpdates,
    })
    .from(constituents)
    .where(
      sql`${constituents.id} in (
        select ${followers.constituentId} from ${followers} where ${followers.requestId} = ${event.requestId})`,
    );

  // The service's name in each resident's language (content_translations), English when there is none.
  const serviceNames = new Map<Language, string>();
  const serviceName = async (language: Language) => {
    if (!serviceNames.has(language)) {
      const t = await translationsFor(deps.db, "service", [event.serviceCode], language);
      serviceNames.set(language, t.get(event.serviceCode)?.get("name") ?? event.service);
    }
    return serviceNames.get(language)!;
  };

  let firstError: unknown;
  for (const person of people) {
    const language: Language = LANGUAGES.find((l) => l === person.language) ?? "en";
    for (const channel of channelsFor(person, deps.sms !== null)) {
      const key = and(
        eq(notificationDeliveries.eventId, event.id),
        eq(notificationDeliveries.constituentId, person.id),
        eq(notificationDeliveries.channel, channel),
      );
      await deps.db
        .insert(notificationDeliveries)
        .values({
          eventId: event.id,
          requestId: event.requestId,
          constituentId: person.id,
          channel,
          language,
        })
        .onConflictDoNothing();
      const [row] = await deps.db
        .select({ id: notificationDeliveries.id, status: notificationDeliveries.status })
        .from(notificationDeliveries)
        .where(key);
      if (row?.status !== "pending") {
        report.alreadyDone++;
        continue;
      }
      const skip = !person.notify
        ? "unsubscribed"
        : channel === "email" && !deps.mailer
          ? "no SMTP_URL configured"
          : null;
      if (skip) {
        await deps.db
          .update(notificationDeliveries)
          .set({ status: "skipped", lastError: skip })
          .where(eq(notificationDeliveries.id, row.id));
        report.skipped++;
        continue;
      }
      const claim = { constituentId: person.id, requestId: event.requestId };
      const base = deps.publicBaseUrl;
      const unsubscribe = `${base}/unsubscribe?token=${linkToken(deps.linkSecret, { purpose: "unsubscribe", ...claim })}`;
      const unfollow = `${base}/unfollow?token=${linkToken(deps.linkSecret, { purpose: "unfollow", ...claim })}`;
      // On close, the resident's links carry their survey token: the request page then offers "Not fixed?"
      // (within the reopen window) beside the survey.
      const surveyToken =
        notice.kind === "closed" ? linkToken(deps.linkSecret, { purpose: "survey", ...claim }) : null;
      const message = composeMessage(language, notice, {
        number: event.number,
        service: await serviceName(language),
        address: event.address,
        note: notice.kind === "created" ? null : event.body,
        links: {
          request: `${base}/requests/${event.number}${surveyToken ? `?token=${surveyToken}` : ""}`,
          unfollow,
          unsubscribe,
          survey: surveyToken ? `${base}/survey?token=${surveyToken}` : null,
        },
        timeZone: deps.timeZone,
      });
      try {
        const providerId =
          channel === "email"
            ? await deps.mailer!.send({
                to: person.email!,
                subject: message.subject,
                text: message.text,
                messageId: `<event-${event.id}.${person.id}@${new URL(base).hostname}>`,
                headers: {
                  "List-Unsubscribe": `<${base}/api/public/unsubscribe?token=${encodeURIComponent(unsubscribe.split("token=")[1]!)}>`,
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                  "Content-Language": language,
                },
              })
            : await deps.sms!.send(person.phone!, message.sms);
        await deps.db
          .update(notificationDeliveries)
          .set({
            status: "sent",
            providerId,
            sentAt: deps.clock.now(),
            attempts: sql`${notificationDeliveries.attempts} + 1`,
            lastError: null,
          })
          .where(eq(notificationDeliveries.id, row.id));
        report.sent++;
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        await deps.db
          .update(notificationDeliveries)
          .set({ attempts: sql`${notificationDeliveries.attempts} + 1`, lastError: text.slice(0, 500) })
          .where(eq(notificationDeliveries.id, row.id));
        report.failed++;
        firstError ??= err;
      }
    }
  }
  if (firstError) throw firstError;
  return report;
}
