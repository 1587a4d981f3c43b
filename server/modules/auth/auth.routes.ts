import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { signInInput } from "../../../common/contracts/session.js";
import { requireStaff } from "../../platform/actor.js";
import { AppError } from "../../platform/errors.js";
import { departmentIdForCode } from "../catalog/index.js";
import { apiKeysRoutes } from "./api-keys.routes.js";
import { type AuthDeps, SESSION_COOKIE, type StaffSession, sessionCookieOptions } from "./auth.plugin.js";
import { findLiveSession, listStaff } from "./auth.repository.js";
import { sessionIdFor, signIn, signOut } from "./commands/sign-in.js";

function present(s: StaffSession) {
  return { user: { ...s.user, departments: s.departments }, csrfToken: s.csrfToken };
}

/**
 * `/api/session` (sign in, who am I, sign out), `/api/staff` (people work can be assigned to) and
 * `/api/admin/api-keys` (API keys of Open311 clients).
 */
export async function authRoutes(
  app: FastifyInstance,
  deps: AuthDeps & {
    secureCookies: boolean;
    /** Told when a staff member signs out (the phone line takes them offline); given by server/app.ts. */
    onSignOut?: (userId: number) => Promise<void>;
  },
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/session",
    { schema: { body: signInInput }, config: { csrfExempt: true } },
    async (request, reply) => {
      const result = await signIn(deps, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers["user-agent"] ?? null,
      });
      if (request.staffSession) await signOut(deps.db, request.staffSession.id);
      reply.setCookie(
        SESSION_COOKIE,
        result.token,
        sessionCookieOptions(deps.secureCookies, result.expiresAt),
      );
      // Read back through the same path as every later request, so the answer is exactly GET /api/session.
      const row = await findLiveSession(deps.db, sessionIdFor(result.token), deps.clock.now());
      if (!row) throw new AppError("internal", "The new session could not be read back.");
      const departments = row.departments;
      return present({ id: row.sessionId, csrfToken: row.csrfToken, departments, user: row.user });
    },
  );

  r.get("/api/session", async (request) => {
    requireStaff(request);
    return present(request.staffSession!);
  });

  r.delete("/api/session", async (request, reply) => {
    if (request.staffSession) await signOut(deps.db, request.staffSession.id);
    if (request.actor?.kind === "staff") await deps.onSignOut?.(request.actor.userId);
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });

  r.get(
    "/api/staff",
    { schema: { querystring: z.object({ department: z.string().max(64).optional() }) } },
    async (request) => {
      const actor = requireStaff(request);
      let departmentIds: number[] | null = null;
      if (request.query.department) {
        const id = await departmentIdForCode(deps.db, request.query.department);
        if (id === null) throw new AppError("not_found", "Department not found");
        departmentIds = [id];
      } else if (actor.role === "department_staff") {
        departmentIds = [...actor.departmentIds];
      }
      return { items: await listStaff(deps.db, departmentIds) };
    },
  );

  await apiKeysRoutes(app, deps);
}
