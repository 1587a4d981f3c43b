import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Role } from "../../../../common/roles.js";
import { loginAttempts, sessions, users } from "../../../db/schema/index.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import { verifyPassword } from "../auth.passwords.js";
import { findUserForSignIn, recentFailures } from "../auth.repository.js";

/** Failed attempts allowed per email and per IP address within the window before sign-in is refused. */
export const LOGIN_LIMITS = { perEmail: 5, perIp: 30, windowMinutes: 15 } as const;

export interface SignInDeps {
  db: Db;
  clock: Clock;
  sessionTtlHours: number;
}

export interface SignInInput {
  email: string;
  password: string;
  ip: string;
  userAgent: string | null;
}

/** The session id stored in the database for a cookie token. */
export function sessionIdFor(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Checks credentials and opens a session. Refuses with `rate_limited` after too many failures,
 * and with one `unauthenticated` message whatever was wrong, so accounts cannot be discovered.
 */
export async function signIn(deps: SignInDeps, input: SignInInput) {
  const now = deps.clock.now();
  const windowStart = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const failures = await recentFailures(deps.db, input.email, input.ip, windowStart);
  const emailLocked = failures.byEmail >= LOGIN_LIMITS.perEmail;
  if (emailLocked || failures.byIp >= LOGIN_LIMITS.perIp) {
    // The lock lifts when the oldest failure that counts towards it leaves the window.
    const oldest = (emailLocked ? failures.oldestByEmail : failures.oldestByIp) ?? now;
    const until = oldest.getTime() + LOGIN_LIMITS.windowMinutes * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((until - now.getTime()) / 1000));
    throw new AppError(
      "rate_limited",
      "Too many failed sign-in attempts. Wait a few minutes and try again.",
      {
        retryAfterSeconds,
      },
    );
  }
  const user = await findUserForSignIn(deps.db, input.email);
  const ok = await verifyPassword(user?.active ? user.passwordHash : null, input.password);
  if (!user || !ok) {
    await deps.db.transaction(async (tx) => {
      await tx.insert(loginAttempts).values({ email: input.email, ip: input.ip, succeeded: false, at: now });
      await audit(
        tx,
        { kind: "system", label: "Sign-in" },
        "session.sign_in_failed",
        "user",
        user?.id ?? null,
        {},
        now,
      );
    });
    throw new AppError("unauthenticated", "The email or password is not correct.");
  }
  const token = randomBytes(32).toString("base64url");
  const csrfToken = randomBytes(24).toString("base64url");
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deps.db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sessionIdFor(token),
      userId: user.id,
      csrfToken,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      ip: input.ip,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    });
    await tx.insert(loginAttempts).values({ email: input.email, ip: input.ip, succeeded: true, at: now });
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    await audit(
      tx,
      { kind: "staff", userId: user.id, name: user.name, role: user.role as Role, departmentIds: [] },
      "session.signed_in",
      "user",
      user.id,
      {},
      now,
    );
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}

/** Ends a session (sign-out). */
export async function signOut(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}
