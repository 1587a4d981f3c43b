import { eq, inArray, sql } from "drizzle-orm";
import { ROLES, type Role } from "../../../../common/roles.js";
import { departmentMembers, departments, sessions, users } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import { hashPassword, passwordProblem } from "../auth.passwords.js";

export interface CreateUserInput {
  email: string;
  name: string;
  password: string;
  role: Role;
  departmentCodes?: string[];
}

/**
 * Creates a staff account. Department staff must belong to at least one department.
 * `allowShortPassword` exists only for the demo city's published demo accounts.
 */
export async function createUser(
  deps: { tx: DbOrTx; actor: Actor; allowShortPassword?: boolean; now?: Date },
  input: CreateUserInput,
): Promise<{ id: number }> {
  const problems: { field: string; message: string }[] = [];
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    problems.push({ field: "email", message: "is not an email address" });
  if (!input.name.trim()) problems.push({ field: "name", message: "is required" });
  if (!ROLES.includes(input.role))
    problems.push({ field: "role", message: `must be one of ${ROLES.join(", ")}` });
  const weak = passwordProblem(input.password);
  if (weak && !(deps.allowShortPassword && input.password.length >= 6))
    problems.push({ field: "password", message: weak });
  const codes = input.departmentCodes ?? [];
  if (input.role === "department_staff" && codes.length === 0) {
    problems.push({ field: "departments", message: "department staff need at least one department" });
  }
  const depts = codes.length
    ? await deps.tx
        .select({ id: departments.id, code: departments.code })
        .from(departments)
        .where(inArray(departments.code, codes))
    : [];
  const unknown = codes.filter((c) => !depts.some((d) => d.code === c));
  if (unknown.length)
    problems.push({ field: "departments", message: `unknown department ${unknown.join(", ")}` });
  if (problems.length) {
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
  }
  // Case-insensitive, so accounts created before emails were lower-cased still count.
  const existing = await deps.tx
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  if (existing.length) {
    const message = `A staff account for ${email} already exists.`;
    throw new AppError("conflict", message, [
      { field: "email", message: "is already used by another account" },
    ]);
  }

  const passwordHash = await hashPassword(input.password);
  const [row] = await deps.tx
    .insert(users)
    .values({
      email,
      name: input.name.trim(),
      passwordHash,
      role: input.role,
      ...(deps.now ? { createdAt: deps.now, updatedAt: deps.now } : {}),
    })
    .returning({ id: users.id });
  const id = row!.id;
  if (depts.length)
    await deps.tx.insert(departmentMembers).values(depts.map((d) => ({ userId: id, departmentId: d.id })));
  await audit(
    deps.tx,
    deps.actor,
    "user.created",
    "user",
    id,
    { role: input.role, departments: codes },
    deps.now,
  );
  return { id };
}

/** Deactivates an account and ends its sessions at once. */
export async function deactivateUser(deps: { tx: DbOrTx; actor: Actor }, userId: number): Promise<void> {
  await deps.tx.update(users).set({ active: false, updatedAt: new Date() }).where(eq(users.id, userId));
  await deps.tx.delete(sessions).where(eq(sessions.userId, userId));
  await audit(deps.tx, deps.actor, "user.deactivated", "user", userId);
}
