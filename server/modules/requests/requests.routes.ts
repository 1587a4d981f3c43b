import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addNoteInput,
  assignInput,
  changeStatusInput,
  createRequestInput,
  listRequestsQuery,
} from "../../../common/contracts/requests.js";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { createRequest } from "./commands/create-request.js";
import { addNote, assignRequest, changeStatus } from "./commands/update-request.js";
import { nearbyOpenRequests } from "./requests.nearby.js";
import { listScope } from "./requests.policy.js";
import { presentSummary } from "./requests.presenter.js";
import { getRequestDetail } from "./requests.queries.js";
import { listRequests } from "./requests.repository.js";

export interface RequestsDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
}

const numberParams = z.object({
  number: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number"),
});

/** The staff request API: list, create, read, change status, assign, add notes. */
export async function requestsRoutes(app: FastifyInstance, deps: RequestsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/requests", { schema: { querystring: listRequestsQuery } }, async (request) => {
    const actor = requireStaff(request);
    const q = request.query;
    const now = deps.clock.now();
    const page = await listRequests(
      deps.db,
      {
        statuses: q.status,
        serviceCodes: q.service,
        departmentCodes: q.department,
        assignee: q.assignee === "me" ? actor.userId : q.assignee,
        overdue: q.overdue === undefined ? undefined : q.overdue === "true",
        q: q.q || undefined,
        from: q.from,
        to: q.to,
        cursor: q.cursor,
        limit: q.limit,
      },
      listScope(actor),
      now,
      deps.timeZone,
    );
    return { items: page.rows.map((row) => presentSummary(row, now)), nextCursor: page.nextCursor };
  });

  r.get(
    "/api/requests/nearby",
    {
      schema: {
        querystring: z.object({
          service: z.string().min(1).max(64),
          lat: z.coerce.number().min(-90).max(90),
          lng: z.coerce.number().min(-180).max(180),
        }),
      },
    },
    async (request) => {
      requireStaff(request);
      const found = await nearbyOpenRequests(
        deps.db,
        request.query.service,
        request.query.lat,
        request.query.lng,
      );
      if (!found) throw notFound("Service");
      return found;
    },
  );

  r.post("/api/requests", { schema: { body: createRequestInput } }, async (request, reply) => {
    const actor = requireStaff(request);
    const created = await createRequest(
      { db: deps.db, actor, clock: deps.clock, timeZone: deps.timeZone },
      request.body,
    );
    // The creator always sees what it just created, even for another department.
    const detail = await getRequestDetail(deps.db, null, created.number, deps.clock.now());
    return reply.status(201).header("location", `/api/requests/${created.number}`).send(detail);
  });

  r.get("/api/requests/:number", { schema: { params: numberParams } }, async (request) => {
    const actor = requireStaff(request);
    return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
  });

  const staffDeps = (actor: ReturnType<typeof requireStaff>) => ({
    db: deps.db,
    actor,
    clock: deps.clock,
    timeZone: deps.timeZone,
  });

  r.post(
    "/api/requests/:number/status",
    { schema: { params: numberParams, body: changeStatusInput } },
    async (request) => {
      const actor = requireStaff(request);
      await changeStatus(staffDeps(actor), request.params.number, request.body);
      return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
    },
  );

  r.post(
    "/api/requests/:number/assign",
    { schema: { params: numberParams, body: assignInput } },
    async (request) => {
      const actor = requireStaff(request);
      await assignRequest(staffDeps(actor), request.params.number, request.body.assigneeId);
      return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
    },
  );

  r.post(
    "/api/requests/:number/notes",
    { schema: { params: numberParams, body: addNoteInput } },
    async (request) => {
      const actor = requireStaff(request);
      await addNote(staffDeps(actor), request.params.number, request.body);
      return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
    },
  );
}
