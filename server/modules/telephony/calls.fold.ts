import type { CallEventType } from "../../../common/contracts/telephony.js";

/** One stored event of a call, as the fold reads it. */
export interface StoredCallEvent {
  type: CallEventType;
  occurredAt: Date;
  data: {
    from?: string;
    to?: string;
    userId?: number;
    queueSeconds?: number;
    target?: string;
    option?: string;
    language?: string;
    callbackNumber?: string;
  };
}

/** The call as its events describe it: the `calls` columns the fold owns. */
export interface FoldedCall {
  fromNumber: string | null;
  toNumber: string | null;
  language: string | null;
  arrivedAt: Date;
  queuedAt: Date | null;
  offeredAt: Date | null;
  offeredToUserId: number | null;
  answeredAt: Date | null;
  answeredByUserId: number | null;
  transferredAt: Date | null;
  transferTarget: string | null;
  abandonedAt: Date | null;
  endedAt: Date | null;
  queueSeconds: number | null;
  selfService: string[];
  callbackRequestedAt: Date | null;
  callbackNumber: string | null;
}

const ORDER: Record<CallEventType, number> = {
  arrived: 0,
  menu: 1,
  queued: 2,
  offered: 3,
  answered: 4,
  transferred: 5,
  callback_requested: 6,
  abandoned: 7,
  ended: 8,
};

const seconds = (from: Date, to: Date) => Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));

/**
 * Folds a call's events, in whatever order they arrived, into what the call was. Events are taken in the
 * order they happened (their own times; the natural order of a call breaks ties), so the same events give
 * the same call whichever came first. An answer wins over an abandonment, and a caller who asked for a
 * callback did not abandon. A call answered or abandoned without a `queued` event entered the queue when it
 * arrived, or `queueSeconds` before it left the queue when the phone system counted them.
 */
export function foldCall(events: readonly StoredCallEvent[]): FoldedCall {
  if (events.length === 0) throw new Error("a call has at least one event");
  const sorted = [...events].sort(
    (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || ORDER[a.type] - ORDER[b.type],
  );
  const first = (type: CallEventType) => sorted.find((e) => e.type === type);
  const last = (type: CallEventType) => sorted.findLast((e) => e.type === type);
  const firstValue = <K extends keyof StoredCallEvent["data"]>(key: K) =>
    sorted.find((e) => e.data[key] !== undefined)?.data[key];
  const lastValue = <K extends keyof StoredCallEvent["data"]>(key: K) =>
    sorted.findLast((e) => e.data[key] !== undefined)?.data[key];

  const arrived = first("arrived");
  const arrivedAt = arrived?.occurredAt ?? sorted[0]!.occurredAt;
  const answered = first("answered");
  const offered = last("offered");
  const transferred = first("transferred");
  const callback = answered ? undefined : first("callback_requested");
  const abandoned = answered || callback ? undefined : first("abandoned");
  const ended = last("ended");
  const leftQueue = answered ?? callback ?? abandoned;

  let queuedAt = first("queued")?.occurredAt ?? null;
  const reported = answered?.data.queueSeconds ?? abandoned?.data.queueSeconds;
  if (!queuedAt && leftQueue) {
    queuedAt =
      reported !== undefined ? new Date(leftQueue.occurredAt.getTime() - reported * 1000) : arrivedAt;
    if (queuedAt < arrivedAt) queuedAt = arrivedAt;
  }
  const queueSeconds =
    leftQueue && leftQueue.type !== "callback_requested"
      ? (reported ?? seconds(queuedAt!, leftQueue.occurredAt))
      : null;

  const selfService: string[] = [];
  for (const e of sorted)
    if (e.type === "menu" && e.data.option && !selfService.includes(e.data.option))
      selfService.push(e.data.option);

  return {
    fromNumber: (arrived?.data.from ?? firstValue("from")) || null,
    toNumber: (arrived?.data.to ?? firstValue("to")) || null,
    language: lastValue("language") ?? null,
    arrivedAt,
    queuedAt,
    offeredAt: offered?.occurredAt ?? null,
    offeredToUserId: offered?.data.userId ?? null,
    answeredAt: answered?.occurredAt ?? null,
    answeredByUserId: answered?.data.userId ?? null,
    transferredAt: transferred?.occurredAt ?? null,
    transferTarget: transferred?.data.target ?? null,
    abandonedAt: abandoned?.occurredAt ?? null,
    endedAt: ended?.occurredAt ?? abandoned?.occurredAt ?? null,
    queueSeconds,
    selfService,
    callbackRequestedAt: callback?.occurredAt ?? null,
    callbackNumber: callback ? (callback.data.callbackNumber ?? null) : null,
  };
}

/**
 * The key that makes an event idempotent: the call, the type and, for an offer, the operator offered it, and for
 * a menu choice, the option (a caller may hear City Hall's hours and then a request's status in one call).
 */
export function eventKey(
  source: string,
  callId: string,
  type: CallEventType,
  userId?: number,
  option?: string,
): string {
  if (type === "offered") return `${source}:${callId}:${type}:${userId ?? ""}`;
  if (type === "menu" && option) return `${source}:${callId}:${type}:${option}`;
  return `${source}:${callId}:${type}`;
}
