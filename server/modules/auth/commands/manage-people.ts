import { randomBytes } from "node:crypto";
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { createPersonInput, PersonInput } from "../../../../common/contracts/people.js";
import { departmentMembers, departments, sessions, users } from "../../../db/schema/index.js";
import type { StaffActor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import { hashPassword, passwordProblem } from "../auth.passwords.js";
import { createUser, deactivateUser } from "./create-user.js";

export interface PeopleDeps {
  tx: DbOrTx;
  actor: StaffActor;
  now: Date;
}

type Problem = { field: string; message: string };

function invalid(problems: Problem[]): AppError {
  return new AppError(
    "validation_failed",
    problems.map((p) => `${p.field} ${p.message}`).join("; "),
    problems,
  );
}

/** A strong temporary password: 18 random bytes, 24 URL-safe characters, easy to copy and paste. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Serializes staff-account changes across app processes for the rest of the transaction. Row locks alone
 * could deadlock (each administrator holding the other's row while demoting them); these changes are rare.
 */
async function serializePeopleChanges(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('civic311.people'))`);
}

async function lockPerson(tx: DbOrTx, id: number) {
  await serializePeopleChanges(tx);
  // Row lock: two administrators changing the same person wait for each other.
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for("update").limit(1);
  if (!row) throw notFound("Staff account");
  return row;
}

/**
 * Refuses a change that would leave no active administrator. The active administrators' rows are locked,
 * so two administrators demoting each other at once cannot both succeed.
 */
async function keepAnAdministrator(tx: DbOrTx, personId: number, what: string): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)))
    .for("update");
  if (!admins.some((a) => a.id !== personId))
    throw new AppError(
      "conflict",
      `${what}: this is the last active administrator. Make someone else an administrator first.`,
    );
}

/** Creates a staff account; with no password given, generates one and returns it (to be shown once). */
export async function createPerson(
  deps: PeopleDeps,
  input: z.output<typeof createPersonInput>,
): Promise<{ id: number; temporaryPassword: string | null }> {
  await serializePeopleChanges(deps.tx);
  const generated = input.password ? null : generatePassword();
  const { id } = await createUser(
    { tx: deps.tx, actor: deps.actor, now: deps.now },
    {
      name: input.name,
      email: input.email,
      role: input.role,
      departmentCodes: input.departmentCodes,
      password: input.password || (generated as string),
    },
  );
  return { id, temporaryPassword: generated };
}

/** Changes a person's name, email, role and departments, in one audited transaction. */
export async function updatePerson(deps: PeopleDeps, id: number, input: PersonInput): Promise<void> {
  const { tx } = deps;
  const before = await lockPerson(tx, id);
  const problems: Problem[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email))
    problems.push({ field: "email", message: "is not an email address" });
  const codes = [...new Set(input.departmentCodes)];
  if (input.role === "department_staff" && codes.length === 0)
    problems.push({ field: "departmentCodes", message: "department staff need at least one department" });
  const depts = codes.length
    ? await tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(inArray(departments.code, codes))
    : [];
  const unknown = codes.filter((c) => !depts.some((d) => d.code === c));
  if (unknown.length)
    problems.push({ field: "departmentCodes", message: `unknown department ${unknown.join(", ")}` });
  if (problems.length) throw invalid(problems);

  const [clash] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${input.email}`, ne(users.id, id)))
    .limit(1);
  if (clash)
    throw new AppError("conflict", `Another staff account already uses ${input.email}.`, [
      { field: "email", message: "is already used by another account" },
    ]);
  if (before.role === "admin" && input.role !== "admin" && before.active)
    await keepAnAdministrator(tx, id, "Cannot change the role");

  const oldCodes = (
    await tx
      .select({ code: departments.code })
      .from(departmentMembers)
      .innerJoin(departments, eq(departments.id, departmentMembers.departmentId))
      .where(eq(departmentMembers.userId, id))
  ).map((d) => d.code);
  await tx
    .update(users)
    .set({ name: input.name, email: input.email, role: input.role, updatedAt: deps.now })
    .where(eq(users.id, id));
  await tx.delete(departmentMembers).where(eq(departmentMembers.userId, id));
  if (depts.length)
    await tx.insert(departmentMembers).values(depts.map((d) => ({ userId: id, departmentId: d.id })));

  // Only what changed, and no personal data beyond what identifies the account to administrators.
  const changes: Record<string, unknown> = {};
  if (before.name !== input.name) changes.name = { from: before.name, to: input.name };
  if (before.email !== input.email) changes.email = { from: before.email, to: input.email };
  if (before.role !== input.role) changes.role = { from: before.role, to: input.role };
  const sorted = depts.map((d) => d.code).sort();
  if (oldCodes.sort().join() !== sorted.join()) changes.departments = { from: oldCodes, to: sorted };
  await audit(tx, deps.actor, "user.updated", "user", id, changes, deps.now);
}

/** Deactivates a person and ends every session they have, at once. Not oneself; not the last administrator. */
export async function deactivatePerson(deps: PeopleDeps, id: number): Promise<void> {
  const person = await lockPerson(deps.tx, id);
  if (id === deps.actor.userId)
    throw new AppError(
      "conflict",
      "You cannot deactivate your own account. Another administrator can do it if it is needed.",
    );
  if (!person.active) throw new AppError("conflict", `${person.name} is already deactivated.`);
  if (person.role === "admin") await keepAnAdministrator(deps.tx, id, "Cannot deactivate");
  await deactivateUser({ tx: deps.tx, actor: deps.actor }, id);
}

/** Lets a deactivated person sign in again (with their existing password). */
export async function reactivatePerson(deps: PeopleDeps, id: number): Promise<void> {
  const person = await lockPerson(deps.tx, id);
  if (person.active) throw new AppError("conflict", `${person.name} is already active.`);
  await deps.tx.update(users).set({ active: true, updatedAt: deps.now }).where(eq(users.id, id));
  await audit(deps.tx, deps.actor, "user.reactivated", "user", id, {}, deps.now);
}

/**
 * Sets a new password (the one given, or a generated one returned to be shown once) and ends the person's
 * sessions. An administrator resetting their own password keeps the session they are using.
 */
export async function resetPassword(
  deps: PeopleDeps & { currentSessionId: string | null },
  id: number,
  password: string,
): Promise<{ temporaryPassword: string | null }> {
  await lockPerson(deps.tx, id);
  if (password) {
    const weak = passwordProblem(password);
    if (weak) throw invalid([{ field: "password", message: weak }]);
  }
  const generated = password ? null : generatePassword();
  const passwordHash = await hashPassword(password || (generated as string));
  await deps.tx.update(users).set({ passwordHash, updatedAt: deps.now }).where(eq(users.id, id));
  const keep = id === deps.actor.userId && deps.currentSessionId;
  await deps.tx
    .delete(sessions)
    .where(keep ? and(eq(sessions.userId, id), ne(sessions.id, keep)) : eq(sessions.userId, id));
  await audit(deps.tx, deps.actor, "user.password_reset", "user", id, { generated: !password }, deps.now);
  return { temporaryPassword: generated };
}
