import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  addNoteInput,
  assignInput,
  bulkInput,
  changeStatusInput,
  createRequestInput,
  listRequestsQuery,
  MAP_LIMIT,
  reassignInput,
  savedViewInput,
} from "../../../common/contracts/requests.js";
import { describeStatus, REQUEST_STATUSES } from "../../../common/statuses.js";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { JobSender } from "../../platform/jobs.js";
import { districtChoices } from "../routing/index.js";
import { bulkChange } from "./commands/bulk.js";
import { createRequest } from "./commands/create-request.js";
import { reassignRequest } from "./commands/reassign.js";
import { addNote, assignRequest, changeStatus } from "./commands/update-request.js";
import { nearbyOpenRequests } from "./requests.nearby.js";
import { listScope } from "./requests.policy.js";
import { presentSummary } from "./requests.presenter.js";
import { getRequestDetail } from "./requests.queries.js";
import {
  countRequests,
  deleteSavedView,
  type ListFilters,
  listRequests,
  listSavedViews,
  mapRequests,
  upsertSavedView,
} from "./requests.repository.js";

export interface RequestsDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Where request changes enqueue their follow-up jobs (residents' notifications). */
  jobs: JobSender | null;
}

const numberParams = z.object({
  number: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number"),
});

const MAX_VIEWS = 50;

/** The list filters of a validated list query; `assignee=me` becomes the caller. */
function toFilters(q: ReturnType<typeof listRequestsQuery.parse>, userId: number): ListFilters {
  return {
    statuses: q.status,
    serviceCodes: q.service,
    departmentCodes: q.department,
    districts: q.district,
    assignee: q.assignee === "me" ? userId : q.assignee,
    overdue: q.overdue === undefined ? undefined : q.overdue === "true",
    q: q.q || undefined,
    from: q.from,
    to: q.to,
  };
}

function presentView(view: { id: number; name: string; query: string; createdAt: Date }) {
  return { id: view.id, name: view.name, query: view.query, createdAt: view.createdAt.toISOString() };
}

/**
 * The staff request API: list (with counts, map points and saved views), create, read, change status,
 * assign, reassign, add notes, and bulk changes.
 */
export async function requestsRoutes(app: FastifyInstance, deps: RequestsDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const staffDeps = (actor: ReturnType<typeof requireStaff>) => ({
    db: deps.db,
    actor,
    clock: deps.clock,
    timeZone: deps.timeZone,
    jobs: deps.jobs,
  });

  r.get("/api/requests", { schema: { querystring: listRequestsQuery } }, async (request) => {
    const actor = requireStaff(request);
    const q = request.query;
    const now = deps.clock.now();
    const page = await listRequests(
      deps.db,
      toFilters(q, actor.userId),
      { sort: q.sort, cursor: q.cursor, limit: q.limit },
      listScope(actor),
      now,
      deps.timeZone,
    );
    return { items: page.rows.map((row) => presentSummary(row, now)), nextCursor: page.nextCursor };
  });

  r.get("/api/requests/counts", { schema: { querystring: listRequestsQuery } }, async (request) => {
    const actor = requireStaff(request);
    const counts = await countRequests(
      deps.db,
      toFilters(request.query, actor.userId),
      listScope(actor),
      deps.clock.now(),
      deps.timeZone,
    );
    return {
      total: counts.total,
      overdue: counts.overdue,
      byStatus: Object.fromEntries(REQUEST_STATUSES.map((s) => [s, counts.byStatus.get(s) ?? 0])),
    };
  });

  r.get("/api/requests/map", { schema: { querystring: listRequestsQuery } }, async (request) => {
    const actor = requireStaff(request);
    const now = deps.clock.now();
    const found = await mapRequests(
      deps.db,
      toFilters(request.query, actor.userId),
      request.query.sort,
      MAP_LIMIT,
      listScope(actor),
      now,
      deps.timeZone,
    );
    return {
      items: found.rows.map((row) => ({
        number: row.number,
        lat: row.lat,
        lng: row.lng,
        status: row.status,
        statusLabel: describeStatus(row.status, row.closeReason),
        service: row.service,
        overdue: row.status !== "closed" && row.dueAt !== null && row.dueAt < now,
      })),
      unlocated: found.unlocated,
      truncated: found.truncated,
    };
  });

  r.get("/api/requests/districts", async (request) => {
    requireStaff(request);
    return { items: await districtChoices(deps.db) };
  });

  r.post("/api/requests/bulk", { schema: { body: bulkInput } }, async (request) => {
    const actor = requireStaff(request);
    return bulkChange(staffDeps(actor), request.body);
  });

  r.get("/api/requests/views", async (request) => {
    const actor = requireStaff(request);
    const views = await listSavedViews(deps.db, actor.userId);
    return { items: views.map(presentView) };
  });

  r.post("/api/requests/views", { schema: { body: savedViewInput } }, async (request, reply) => {
    const actor = requireStaff(request);
    const { name, query } = request.body;
    const parsed = listRequestsQuery.safeParse(Object.fromEntries(new URLSearchParams(query)));
    if (!parsed.success)
      throw new AppError("validation_failed", "query is not a request-list filter", [
        { field: "query", message: "is not a request-list filter" },
      ]);
    // Paging belongs to one reading of the list, not to the view.
    const stored = new URLSearchParams(query);
    stored.delete("cursor");
    const existing = await listSavedViews(deps.db, actor.userId);
    if (existing.length >= MAX_VIEWS && !existing.some((v) => v.name === name))
      throw new AppError("conflict", `You can keep ${MAX_VIEWS} saved views. Delete one to save another.`);
    // Commas stay readable, as in the list's address bar (status=new,acknowledged).
    const text = stored.toString().replaceAll("%2C", ",");
    const view = await upsertSavedView(deps.db, actor.userId, name, text, deps.clock.now());
    return reply.status(201).send(presentView(view));
  });

  r.delete(
    "/api/requests/views/:id",
    { schema: { params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }) } },
    async (request, reply) => {
      const actor = requireStaff(request);
      if (!(await deleteSavedView(deps.db, actor.userId, request.params.id))) throw notFound("Saved view");
      return reply.status(204).send();
    },
  );

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
    const created = await createRequest(staffDeps(actor), request.body);
    // The creator always sees what it just created, even for another department.
    const detail = await getRequestDetail(deps.db, null, created.number, deps.clock.now());
    return reply.status(201).header("location", `/api/requests/${created.number}`).send(detail);
  });

  r.get("/api/requests/:number", { schema: { params: numberParams } }, async (request) => {
    const actor = requireStaff(request);
    return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
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
    "/api/requests/:number/reassign",
    { schema: { params: numberParams, body: reassignInput } },
    async (request, reply) => {
      const actor = requireStaff(request);
      await reassignRequest(staffDeps(actor), request.params.number, request.body);
      // Department staff who hand a request on can no longer read it: they get 204 and no detail.
      const detail = await getRequestDetail(deps.db, actor, request.params.number, deps.clock.now()).catch(
        (err: unknown) => {
          if (err instanceof AppError && err.code === "not_found") return null;
          throw err;
        },
      );
      return detail ? reply.send(detail) : reply.status(204).send();
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
