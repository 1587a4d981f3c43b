import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import type { JobSender } from "../../platform/jobs.js";
import { mergeRequest } from "./commands/merge-request.js";
import { getRequestDetail } from "./requests.queries.js";

export interface LifecycleDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Where public changes enqueue residents' notifications. */
  jobs?: JobSender | null;
}

const trackingNumber = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number");
const numberParams = z.object({ number: trackingNumber });

/** Body of POST /api/requests/:number/merge: the request that stays open, and an optional public note. */
export const mergeInput = z.object({
  into: z.string().trim().pipe(trackingNumber),
  note: z.string().trim().max(4000).optional(),
});

/** Request lifecycle beyond the everyday status changes: merging duplicates. */
export async function lifecycleRoutes(app: FastifyInstance, deps: LifecycleDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/requests/:number/merge",
    { schema: { params: numberParams, body: mergeInput } },
    async (request) => {
      const actor = requireStaff(request);
      await mergeRequest(
        { db: deps.db, actor, clock: deps.clock, timeZone: deps.timeZone, jobs: deps.jobs ?? null },
        request.params.number,
        request.body.into,
        { note: request.body.note || undefined },
      );
      return getRequestDetail(deps.db, actor, request.params.number, deps.clock.now());
    },
  );
}
