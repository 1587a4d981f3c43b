import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { departmentInput } from "../../../../common/contracts/admin-catalog.js";
import { departments, serviceTypes } from "../../../db/schema/index.js";
import { audit } from "../../../platform/audit.js";
import { AppError, notFound } from "../../../platform/errors.js";
import type { FieldProblem } from "../../../platform/http.js";
import { languageProblems, otherLanguages, replaceTranslations } from "../catalog.translations.js";
import { type CatalogDeps, changedFields, refreshSearchVocabulary, throwIfProblems } from "./catalog-deps.js";

type Input = z.output<typeof departmentInput>;

function columns(input: Input) {
  return {
    name: input.name,
    phone: input.phone,
    transferPhone: input.transferPhone,
    email: input.email,
    hours: input.hours,
    address: input.address,
    webUrl: input.webUrl,
    description: input.description,
    callerScript: input.callerScript,
  };
}

function translationRows(code: string, input: Input) {
  return Object.entries(input.translations).flatMap(([language, t]) => [
    ...(t.name ? [{ entity: "department", entityKey: code, field: "name", language, text: t.name }] : []),
    ...(t.description
      ? [{ entity: "department", entityKey: code, field: "description", language, text: t.description }]
      : []),
  ]);
}

/** Creates (no `code`) or edits a department with its translations, in one audited transaction. */
export async function saveDepartment(deps: CatalogDeps, input: Input, code?: string): Promise<string> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const languages = await otherLanguages(tx);
    const problems: FieldProblem[] = languageProblems(input.translations, languages, "translations");
    const [existing] = await tx.select().from(departments).where(eq(departments.code, input.code));
    if (code === undefined && existing)
      problems.push({ field: "code", message: `is already used by the department "${existing.name}"` });
    if (code !== undefined && input.code !== code)
      problems.push({ field: "code", message: "cannot change once the department exists" });
    if (code !== undefined && !existing && input.code === code) throw notFound("Department");
    throwIfProblems(problems);
    const values = columns(input);
    if (code === undefined) {
      await tx.insert(departments).values({ code: input.code, ...values, createdAt: now, updatedAt: now });
      await audit(tx, deps.actor, "department.create", "department", input.code, { after: values }, now);
    } else {
      const before = columns({ ...existing!, translations: {} } as Input);
      await tx
        .update(departments)
        .set({ ...values, updatedAt: now })
        .where(eq(departments.code, code));
      await audit(
        tx,
        deps.actor,
        "department.update",
        "department",
        code,
        changedFields(before, values),
        now,
      );
    }
    await replaceTranslations(
      tx,
      "department",
      { keys: [input.code] },
      languages,
      translationRows(input.code, input),
    );
    await refreshSearchVocabulary(tx);
    return input.code;
  });
}

/** Retires (active false) or restores a department; one that active services still belong to stays. */
export async function setDepartmentActive(deps: CatalogDeps, code: string, active: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(departments).where(eq(departments.code, code)).for("update");
    if (!row) throw notFound("Department");
    if (!active) {
      const owned = await tx
        .select({ name: serviceTypes.name })
        .from(serviceTypes)
        .where(and(eq(serviceTypes.departmentId, row.id), eq(serviceTypes.active, true)));
      if (owned.length)
        throw new AppError(
          "conflict",
          `${row.name} still owns ${owned.length} active service${owned.length > 1 ? "s" : ""}: ${owned
            .map((s) => s.name)
            .join(", ")}. Move them to another department or retire them first.`,
        );
    }
    if (row.active === active) return;
    await tx.update(departments).set({ active, updatedAt: now }).where(eq(departments.id, row.id));
    await audit(
      tx,
      deps.actor,
      active ? "department.restore" : "department.retire",
      "department",
      code,
      {},
      now,
    );
  });
}
