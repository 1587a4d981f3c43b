import { and, desc, eq, gte, inArray, sql } from "drizzle-orm";
import type { Role } from "../../../common/roles.js";
import {
  apiKeys,
  departmentMembers,
  departments,
  loginAttempts,
  sessions,
  users,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

export interface SessionRow {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  lastSeenAt: Date;
  user: { id: number; email: string; name: string; role: Role };
  departments: DepartmentRef[];
}

export interface DepartmentRef {
  id: number;
  code: string;
  name: string;
}

/** A user by email (lower-case), with the password hash, for sign-in only. */
export async function findUserForSignIn(db: DbOrTx, email: string) {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row ?? null;
}

/** A live session with its active user and the user's departments (by name), in one query. */
export async function findLiveSession(db: DbOrTx, sessionId: string, now: Date): Promise<SessionRow | null> {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      user: { id: users.id, email: users.email, name: users.name, role: users.role },
      departments: sql<DepartmentRef[]>`coalesce((
        select json_agg(json_build_object('id', d.id, 'code', d.code, 'name', d.name) order by d.name)
        from ${departmentMembers} m join ${departments} d on d.id = m.department_id
        where m.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gte(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  return (row as SessionRow | undefined) ?? null;
}

/** Counts failed sign-ins since a moment, for an email and for an IP address. */
export async function recentFailures(db: DbOrTx, email: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempts.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${loginAttempts.ip} = ${ip})::int`,
      oldestByEmail: sql<
        string | null
      >`min(${loginAttempts.at}) filter (where ${loginAttempts.email} = ${email})`,
      oldestByIp: sql<string | null>`min(${loginAttempts.at}) filter (where ${loginAttempts.ip} = ${ip})`,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.succeeded, false), gte(loginAttempts.at, since)));
  return {
    byEmail: row?.byEmail ?? 0,
    byIp: row?.byIp ?? 0,
    oldestByEmail: row?.oldestByEmail ? new Date(row.oldestByEmail) : null,
    oldestByIp: row?.oldestByIp ? new Date(row.oldestByIp) : null,
  };
}

/** Staff who may be assigned work in the given departments (all active staff when none are given). */
export async function listStaff(db: DbOrTx, departmentIds: number[] | null) {
  const base = db
    .selectDistinct({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .leftJoin(departmentMembers, eq(departmentMembers.userId, users.id));
  const where =
    departmentIds === null
      ? eq(users.active, true)
      : and(
          eq(users.active, true),
          inArray(departmentMembers.departmentId, departmentIds.length ? departmentIds : [-1]),
        );
  return base.where(where).orderBy(users.name);
}

/** What administrators may see of an API key: never its hash. */
export interface ApiKeyRow {
  id: number;
  name: string;
  prefix: string;
  rateLimitPerMinute: number;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string | null;
}

function selectApiKeys(db: DbOrTx) {
  return db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      rateLimitPerMinute: apiKeys.rateLimitPerMinute,
      createdAt: apiKeys.createdAt,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
      createdBy: users.name,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId));
}

/** Every API key, revoked ones included, newest first, with the name of the staff member who created it. */
export async function listApiKeys(db: DbOrTx): Promise<ApiKeyRow[]> {
  return selectApiKeys(db).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** One API key by id, as `listApiKeys` shows it, or null. */
export async function findApiKeyById(db: DbOrTx, id: number): Promise<ApiKeyRow | null> {
  const [row] = await selectApiKeys(db).where(eq(apiKeys.id, id)).limit(1);
  return row ?? null;
}
