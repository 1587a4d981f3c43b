import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Database } from "./db.js";

/** The channel the `request_events` trigger (migration 0008) notifies on, once per timeline row, at commit. */
export const EVENTS_CHANNEL = "civic311_events";

/** What the trigger says about one new timeline row: enough to decide who may hear of it, nothing personal. */
export interface RequestEventNotice {
  eventId: number;
  type: string;
  requestId: number;
  number: string;
  departmentId: number;
  /** For a reassignment, the department the request left; null otherwise. */
  fromDepartmentId: number | null;
}

export type NoticeListener = (notice: RequestEventNotice) => void;

/** The channel the phone line's changes are announced on (calls, operators' states), at commit. */
export const CALLS_CHANNEL = "civic311_calls";

/** What a phone-line change says: its kind, the call and the operator concerned; nothing personal. */
export interface CallNotice {
  kind: "call" | "agent" | "callback";
  callId: number | null;
  /** The call event's type, or the operator's new state. */
  type: string | null;
  /** The operator it concerns (offered to, answered by, changed state), if any. */
  userId: number | null;
  interactionId: number | null;
}

export type CallListener = (notice: CallNotice) => void;

/** One process's subscription to the database's notifications, shared by every live stream of the process. */
export interface EventHub {
  subscribe(listener: NoticeListener): () => void;
  /** Hears the phone line's changes (CALLS_CHANNEL). */
  subscribeCalls(listener: CallListener): () => void;
  /** How many listeners are attached (streams open in this process). */
  readonly listeners: number;
  close(): Promise<void>;
}

export interface EventHubOptions {
  /** Told about a lost listening connection or a payload that could not be read; the hub carries on. */
  onError?: (err: unknown) => void;
  /** Wait before reconnecting a lost PostgreSQL listening connection. */
  reconnectMs?: number;
}

/** Reads a notification payload; null for anything that is not a request event notice. */
export function parseNotice(payload: string): RequestEventNotice | null {
  try {
    const v = JSON.parse(payload) as Record<string, unknown>;
    if (typeof v.number !== "string" || typeof v.type !== "string") return null;
    if (!Number.isInteger(v.departmentId) || !Number.isInteger(v.requestId)) return null;
    return {
      eventId: Number(v.eventId),
      type: v.type,
      requestId: v.requestId as number,
      number: v.number,
      departmentId: v.departmentId as number,
      fromDepartmentId: Number.isInteger(v.fromDepartmentId) ? (v.fromDepartmentId as number) : null,
    };
  } catch {
    return null;
  }
}

/** Reads a phone-line notice; null for anything else. */
export function parseCallNotice(payload: string): CallNotice | null {
  try {
    const v = JSON.parse(payload) as Record<string, unknown>;
    if (v.kind !== "call" && v.kind !== "agent" && v.kind !== "callback") return null;
    const int = (x: unknown) => (Number.isInteger(x) ? (x as number) : null);
    return {
      kind: v.kind,
      callId: int(v.callId),
      type: typeof v.type === "string" ? v.type : typeof v.state === "string" ? v.state : null,
      userId: int(v.userId),
      interactionId: int(v.interactionId),
    };
  } catch {
    return null;
  }
}

/**
 * Listens on EVENTS_CHANNEL and fans each notice out to the process's subscribers. On PostgreSQL a dedicated
 * `pg` client holds the LISTEN (a pooled connection would lose it when returned), reconnecting if it drops;
 * on PGlite, its own `listen`. NOTIFY travels through the database, so every process on one database hears
 * every change, whichever process made it.
 */
export async function startEventHub(database: Database, opts: EventHubOptions = {}): Promise<EventHub> {
  const listeners = new Set<NoticeListener>();
  const callListeners = new Set<CallListener>();
  const onError = opts.onError ?? (() => {});
  const deliverCall = (payload: string | undefined) => {
    const notice = payload ? parseCallNotice(payload) : null;
    if (!notice) return onError(new Error(`unreadable notice on ${CALLS_CHANNEL}`));
    for (const listener of callListeners) {
      try {
        listener(notice);
      } catch (err) {
        onError(err);
      }
    }
  };
  const deliver = (payload: string | undefined) => {
    const notice = payload ? parseNotice(payload) : null;
    if (!notice) return onError(new Error(`unreadable notice on ${EVENTS_CHANNEL}`));
    for (const listener of listeners) {
      try {
        listener(notice);
      } catch (err) {
        onError(err);
      }
    }
  };
  const client = (database.db as unknown as { $client: unknown }).$client;
  let stop: () => Promise<void>;
  if (database.kind === "pglite") {
    const stopRequests = await (client as PGlite).listen(EVENTS_CHANNEL, deliver);
    const stopCalls = await (client as PGlite).listen(CALLS_CHANNEL, deliverCall);
    stop = async () => {
      await stopRequests();
      await stopCalls();
    };
  } else {
    stop = await listenOnPostgres(
      (client as pg.Pool).options,
      (channel, payload) => (channel === CALLS_CHANNEL ? deliverCall(payload) : deliver(payload)),
      onError,
      opts.reconnectMs ?? 1000,
    );
  }
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    subscribeCalls(listener) {
      callListeners.add(listener);
      return () => callListeners.delete(listener);
    },
    get listeners() {
      return listeners.size;
    },
    async close() {
      listeners.clear();
      callListeners.clear();
      await stop();
    },
  };
}

async function listenOnPostgres(
  options: pg.PoolConfig,
  deliver: (channel: string, payload: string | undefined) => void,
  onError: (err: unknown) => void,
  reconnectMs: number,
): Promise<() => Promise<void>> {
  let closed = false;
  let current: pg.Client | null = null;
  let timer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ ...options, application_name: "civic311-events" } as pg.ClientConfig);
    client.on("notification", (msg) => {
      if (msg.channel === EVENTS_CHANNEL || msg.channel === CALLS_CHANNEL) deliver(msg.channel, msg.payload);
    });
    const lost = (err?: unknown) => {
      if (closed || current !== client) return;
      current = null;
      onError(err ?? new Error("the listening connection ended"));
      client.end().catch(() => {});
      timer = setTimeout(retry, reconnectMs);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    await client.connect();
    await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    await client.query(`LISTEN ${CALLS_CHANNEL}`);
    current = client;
  };
  const retry = () => {
    timer = null;
    if (closed) return;
    connect().catch((err) => {
      onError(err);
      if (!closed) timer = setTimeout(retry, reconnectMs);
    });
  };

  await connect();
  return async () => {
    closed = true;
    if (timer) clearTimeout(timer);
    const client = current;
    current = null;
    await client?.end().catch(() => {});
  };
}
