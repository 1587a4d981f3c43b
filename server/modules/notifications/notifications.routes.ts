import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  constituents,
  followers,
  serviceRequests,
  serviceTypes,
  surveyResponses,
} from "../../db/schema/index.js";
import { audit } from "../../platform/audit.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import { type LinkClaim, readLinkToken } from "./notifications.tokens.js";

const token = z.string().trim().min(10).max(300);

function claimOf(secret: string, value: string, purpose: LinkClaim["purpose"]): LinkClaim {
  const claim = readLinkToken(secret, value);
  if (!claim || claim.purpose !== purpose)
    throw new AppError("validation_failed", "This link is not valid. Copy the whole link from the message.", [
      { field: "token", message: "is not a valid link" },
    ]);
  return claim;
}

const resident = (constituentId: number) => ({
  kind: "resident" as const,
  constituentId,
  label: "Resident (email link)",
});

/**
 * What residents reach from the links in their messages, without signing in: a request's public status
 * and timeline, unsubscribing, and the satisfaction survey. Links carry a signed token
 * (`notifications.tokens.ts`); none of these answers holds anyone's name, phone or email.
 */
export async function notificationsRoutes(
  app: FastifyInstance,
  deps: { db: Db; clock: Clock; linkSecret: string; timeZone: string },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Mail programs send one-click unsubscribes (RFC 8058) as a form post.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  // A request's public page (GET /api/public/requests/:number) is served by the public-content module.

  const unsubscribe = async (value: string) => {
    const claim = claimOf(deps.linkSecret, value, "unsubscribe");
    await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .update(constituents)
        .set({ notifyOnUpdates: false, updatedAt: deps.clock.now() })
        .where(eq(constituents.id, claim.constituentId))
        .returning({ id: constituents.id });
      if (!row) throw notFound("Subscription");
      await audit(
        tx,
        resident(claim.constituentId),
        "constituent.unsubscribed",
        "constituent",
        row.id,
        {},
        deps.clock.now(),
      );
    });
    return { unsubscribed: true };
  };

  r.post(
    "/api/public/unsubscribe",
    {
      config: { csrfExempt: true },
      schema: {
        querystring: z.object({ token: token.optional() }),
        body: z.object({ token: token.optional() }).passthrough().optional(),
      },
    },
    async (request) => {
      const value = request.body?.token ?? request.query.token;
      if (!value)
        throw new AppError("validation_failed", "The link has no token.", [
          { field: "token", message: "is required" },
        ]);
      return unsubscribe(value);
    },
  );

  // "Stop updates about this request only": the resident stops following one request (reporters too).
  r.post(
    "/api/public/unfollow",
    { config: { csrfExempt: true }, schema: { body: z.object({ token }) } },
    async (request) => {
      const claim = claimOf(deps.linkSecret, request.body.token, "unfollow");
      const now = deps.clock.now();
      const removed = await deps.db.transaction(async (tx) => {
        const rows = await tx
          .delete(followers)
          .where(
            and(eq(followers.requestId, claim.requestId), eq(followers.constituentId, claim.constituentId)),
          )
          .returning({ requestId: followers.requestId });
        if (rows.length > 0)
          await audit(
            tx,
            resident(claim.constituentId),
            "request.unfollowed",
            "request",
            claim.requestId,
            {},
            now,
          );
        return rows.length;
      });
      const [req] = await deps.db
        .select({ number: serviceRequests.number })
        .from(serviceRequests)
        .where(eq(serviceRequests.id, claim.requestId));
      if (!req) throw notFound("Request");
      return { number: req.number, unfollowed: true, wasFollowing: removed > 0 };
    },
  );

  const surveyRequest = async (claim: LinkClaim) => {
    const [req] = await deps.db
      .select({ number: serviceRequests.number, service: serviceTypes.name, status: serviceRequests.status })
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .where(eq(serviceRequests.id, claim.requestId));
    if (!req) throw notFound("Request");
    return req;
  };

  r.get("/api/public/surveys", { schema: { querystring: z.object({ token }) } }, async (request) => {
    const claim = claimOf(deps.linkSecret, request.query.token, "survey");
    const req = await surveyRequest(claim);
    const [answer] = await deps.db
      .select({ rating: surveyResponses.rating, comment: surveyResponses.comment })
      .from(surveyResponses)
      .where(
        and(
          eq(surveyResponses.requestId, claim.requestId),
          eq(surveyResponses.constituentId, claim.constituentId),
        ),
      );
    return { request: { number: req.number, service: req.service }, answer: answer ?? null };
  });

  r.post(
    "/api/public/surveys",
    {
      config: { csrfExempt: true },
      schema: {
        body: z.object({
          token,
          rating: z.number().int().min(1).max(5),
          comment: z.string().trim().max(2000).optional(),
        }),
      },
    },
    async (request) => {
      const claim = claimOf(deps.linkSecret, request.body.token, "survey");
      await surveyRequest(claim);
      const now = deps.clock.now();
      const comment = request.body.comment || null;
      await deps.db.transaction(async (tx) => {
        await tx
          .insert(surveyResponses)
          .values({
            requestId: claim.requestId,
            constituentId: claim.constituentId,
            rating: request.body.rating,
            comment,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: [surveyResponses.requestId, surveyResponses.constituentId],
            set: { rating: request.body.rating, comment, updatedAt: now },
          });
        await audit(
          tx,
          resident(claim.constituentId),
          "survey.answered",
          "request",
          claim.requestId,
          {
            rating: request.body.rating,
          },
          now,
        );
      });
      return { saved: true, rating: request.body.rating };
    },
  );
}
