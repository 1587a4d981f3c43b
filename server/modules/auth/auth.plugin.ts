import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Role } from "../../../common/roles.js";
import { sessions } from "../../db/schema/index.js";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { findLiveSession } from "./auth.repository.js";
import { sessionIdFor } from "./commands/sign-in.js";

export const SESSION_COOKIE = "c311_session";
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TOUCH_EVERY_MS = 5 * 60_000;

export interface StaffSession {
  id: string;
  csrfToken: string;
  departments: { id: number; code: string; name: string }[];
  user: { id: number; email: string; name: string; role: Role };
}

declare module "fastify" {
  interface FastifyRequest {
    staffSession: StaffSession | null;
  }
}

export interface AuthDeps {
  db: Db;
  clock: Clock;
  sessionTtlHours: number;
  /** Mark cookies Secure (the public address is https). */
  secureCookies: boolean;
}

/**
 * Resolves the session cookie into `request.actor` for every request, and enforces CSRF on
 * cookie-authenticated writes: the `x-csrf-token` header must equal the session's token.
 */
export async function authHook(app: FastifyInstance, deps: AuthDeps): Promise<void> {
  app.decorateRequest("actor", null);
  app.decorateRequest("staffSession", null);
  app.addHook("onRequest", async (request, reply) => {
    const raw = request.cookies[SESSION_COOKIE];
    if (!raw) return;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid || !unsigned.value) return;
    const now = deps.clock.now();
    const row = await findLiveSession(deps.db, sessionIdFor(unsigned.value), now);
    if (!row) return;
    const departments = row.departments;
    request.staffSession = { id: row.sessionId, csrfToken: row.csrfToken, departments, user: row.user };
    request.actor = {
      kind: "staff",
      userId: row.user.id,
      name: row.user.name,
      role: row.user.role,
      departmentIds: departments.map((d) => d.id),
    };
    // The cookie only authenticates the staff API; elsewhere (Open311 takes api_key) there is nothing to forge.
    const exempt =
      (request.routeOptions.config as { csrfExempt?: boolean } | undefined)?.csrfExempt === true ||
      !request.url.startsWith("/api/");
    if (
      !SAFE_METHODS.has(request.method) &&
      !exempt &&
      !sameToken(request.headers["x-csrf-token"], row.csrfToken)
    ) {
      throw new AppError(
        "csrf_failed",
        "This change was refused: the x-csrf-token header is missing or wrong.",
      );
    }
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
      await deps.db
        .update(sessions)
        .set({ lastSeenAt: now, expiresAt })
        .where(eq(sessions.id, row.sessionId));
      // The browser's cookie slides with the session, so an active person stays signed in.
      reply.setCookie(SESSION_COOKIE, unsigned.value, sessionCookieOptions(deps.secureCookies, expiresAt));
    }
  });
}

/** The session cookie's attributes: httpOnly, SameSite=Lax, signed, Secure behind https. */
export function sessionCookieOptions(secure: boolean, expires: Date) {
  return { path: "/", httpOnly: true, sameSite: "lax", secure, signed: true, expires } as const;
}

/** Constant-time comparison of a presented CSRF token with the session's. */
function sameToken(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== "string") return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
