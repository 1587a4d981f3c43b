import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { requireStaff } from "../../platform/actor.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import type { JobSender } from "../../platform/jobs.js";
import { mergeRequest } from "./commands/merge-request.js";
import { type ResidentClaim, reopenByResident } from "./commands/reopen-by-resident.js";
import { getRequestDetail } from "./requests.queries.js";

export interface LifecycleDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Where public changes enqueue residents' notifications. */
  jobs?: JobSender | null;
  /** Days after closing as fixed during which a resident may reopen (`REOPEN_WINDOW_DAYS`). */
  reopenWindowDays: number;
  /**
   * Reads the token of a link in a resident's message (the notifications module signs them). Passed in by
   * the app, because the notifications module already depends on this one.
   */
  readLinkToken: (token: string) => (ResidentClaim & { purpose: string }) | null;
}

const trackingNumber = z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number");
const numberParams = z.object({ number: trackingNumber });

/** Body of POST /api/requests/:number/merge: the request that stays open, and an optional public note. */
export const mergeInput = z.object({
  into: z.string().trim().pipe(trackingNumber),
  note: z.string().trim().max(4000).optional(),
});

/** Body of POST /api/public/requests/:number/reopen: the survey link's token and what is still wrong. */
export const residentReopenInput = z.object({
  token: z.string().trim().min(10).max(300),
  reason: z.string().trim().min(3, "tell us what is still wrong").max(2000),
});

/**
 * Request lifecycle beyond the everyday status changes: merging duplicates (staff), and reopening by the
 * resident ("not fixed") from the link in their closing message.
 */
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

  r.post(
    "/api/public/requests/:number/reopen",
    {
      // No staff session: the signed link token is the resident's credential, as for the survey.
      config: { csrfExempt: true },
      schema: {
        params: z.object({ number: trackingNumber }),
        body: residentReopenInput,
      },
    },
    async (request) => {
      const claim = deps.readLinkToken(request.body.token);
      // The survey link is the one sent on closing; an unsubscribe link does not reopen anything.
      if (claim?.purpose !== "survey") {
        throw new AppError(
          "validation_failed",
          "This link is not valid. Copy the whole link from the message.",
          [{ field: "token", message: "is not a valid link" }],
        );
      }
      return reopenByResident(
        {
          db: deps.db,
          clock: deps.clock,
          timeZone: deps.timeZone,
          jobs: deps.jobs ?? null,
          reopenWindowDays: deps.reopenWindowDays,
        },
        request.params.number,
        { constituentId: claim.constituentId, requestId: claim.requestId },
        { reason: request.body.reason },
      );
    },
  );
}
