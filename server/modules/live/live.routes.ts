import type { ServerResponse } from "node:http";
import { and, eq, gte } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { sessions } from "../../db/schema/index.js";
import { requireStaff, type StaffActor } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Database } from "../../platform/db.js";
import { type RequestEventNotice, startEventHub } from "../../platform/events.js";
import { canReadRequest } from "../requests/index.js";

export interface LiveDeps {
  database: Database;
  clock: Clock;
  /** How often a stream sends a keep-alive comment and checks that its session is still live. */
  heartbeatMs?: number;
}

/** Whether a staff member may hear of a change: they may read the request now, or could before it moved. */
export function mayHear(actor: StaffActor, notice: RequestEventNotice): boolean {
  if (canReadRequest(actor, { departmentId: notice.departmentId })) return true;
  return notice.fromDepartmentId !== null && canReadRequest(actor, { departmentId: notice.fromDepartmentId });
}

/**
 * `GET /api/events/stream`: one Server-Sent Events stream per signed-in staff tab. Each timeline row written
 * by any process on the database arrives here through LISTEN (server/platform/events.ts) and goes to the
 * streams whose user may read that request, as `event: request` with the request's number and the event's
 * type; the client then re-reads what it shows. A stream ends when its session ends.
 */
export async function liveRoutes(app: FastifyInstance, deps: LiveDeps): Promise<void> {
  const hub = await startEventHub(deps.database, {
    onError: (err) => app.log.warn({ err }, "live events: listening interrupted or unreadable notice"),
  });
  const streams = new Set<ServerResponse>();
  const heartbeatMs = deps.heartbeatMs ?? 25_000;

  // Open streams would hold the server open: end them before it closes, then stop listening.
  app.addHook("preClose", async () => {
    for (const stream of streams) stream.end();
  });
  app.addHook("onClose", async () => {
    await hub.close();
  });

  app.get("/api/events/stream", async (request, reply) => {
    const actor = requireStaff(request);
    const sessionId = request.staffSession?.id ?? "";
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      // Proxies such as nginx would otherwise hold events back in their buffers.
      "x-accel-buffering": "no",
    });
    res.write("retry: 3000\n: connected\n\n");
    streams.add(res);

    const unsubscribe = hub.subscribe((notice) => {
      if (!mayHear(actor, notice)) return;
      const data = JSON.stringify({ number: notice.number, type: notice.type, eventId: notice.eventId });
      res.write(`id: ${notice.eventId}\nevent: request\ndata: ${data}\n\n`);
    });
    // The phone line: the operator a call is offered to or answered by hears `call` (the console pops it);
    // everyone who takes calls hears `phone` for any change, to refresh the queue and the wallboard.
    const takesCalls = actor.role !== "department_staff";
    const unsubscribeCalls = hub.subscribeCalls((notice) => {
      if (!takesCalls) return;
      const data = JSON.stringify(notice);
      if (notice.userId === actor.userId && (notice.kind === "call" || notice.kind === "callback"))
        res.write(`event: call\ndata: ${data}\n\n`);
      res.write(`event: phone\ndata: ${data}\n\n`);
    });
    const heartbeat = setInterval(() => {
      void sessionLive(deps, sessionId).then(
        (live) => (live ? res.write(": keep-alive\n\n") : res.end()),
        () => res.write(": keep-alive\n\n"),
      );
    }, heartbeatMs);
    const cleanup = () => {
      clearInterval(heartbeat);
      unsubscribe();
      unsubscribeCalls();
      streams.delete(res);
    };
    res.on("close", cleanup);
    request.raw.on("close", () => res.end());
  });
}

async function sessionLive(deps: LiveDeps, sessionId: string): Promise<boolean> {
  const [row] = await deps.database.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), gte(sessions.expiresAt, deps.clock.now())))
    .limit(1);
  return row !== undefined;
}
