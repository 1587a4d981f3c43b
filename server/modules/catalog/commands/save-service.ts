import { eq } from "drizzle-orm";
import type { ServiceInputParsed } from "../../../../common/contracts/admin-catalog.js";
import { departments, escalationPolicies, serviceQuestions, serviceTypes } from "../../../db/schema/index.js";
import { audit } from "../../../platform/audit.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError, notFound } from "../../../platform/errors.js";
import type { FieldProblem } from "../../../platform/http.js";
import { saveTranslations } from "../../../platform/translations.js";
import { readServiceState, serviceTranslationRows } from "../catalog.admin.queries.js";
import { languageProblems, otherLanguages, replaceTranslations } from "../catalog.translations.js";
import { type CatalogDeps, changedFields, refreshSearchVocabulary, throwIfProblems } from "./catalog-deps.js";

const LISTS = new Set(["singlevaluelist", "multivaluelist"]);

/** Every problem the schema cannot see: references, duplicates, list values, languages. */
async function check(tx: DbOrTx, input: ServiceInputParsed, languages: string[]) {
  const problems: FieldProblem[] = languageProblems(input.translations, languages, "translations");
  const [dept] = await tx.select().from(departments).where(eq(departments.code, input.departmentCode));
  if (!dept) problems.push({ field: "departmentCode", message: "is not a department" });
  else if (!dept.active)
    problems.push({
      field: "departmentCode",
      message: `${dept.name} is retired and cannot receive services`,
    });
  const seen = new Set<string>();
  input.questions.forEach((q, i) => {
    const at = `questions.${i}`;
    if (seen.has(q.code))
      problems.push({ field: `${at}.code`, message: `"${q.code}" is used by another question` });
    seen.add(q.code);
    if (LISTS.has(q.datatype) && q.values.length === 0)
      problems.push({ field: `${at}.values`, message: "a list question needs at least one choice" });
    if (!LISTS.has(q.datatype) && q.values.length > 0)
      problems.push({ field: `${at}.values`, message: `a ${q.datatype} question cannot have choices` });
    const keys = new Set<string>();
    q.values.forEach((v, j) => {
      if (keys.has(v.key))
        problems.push({ field: `${at}.values.${j}.key`, message: `"${v.key}" is used by another choice` });
      keys.add(v.key);
      problems.push(...languageProblems(v.translations, languages, `${at}.values.${j}.translations`));
    });
    problems.push(...languageProblems(q.translations, languages, `${at}.translations`));
  });
  const levels = new Set<number>();
  (input.escalation ?? []).forEach((e, i) => {
    if (levels.has(e.level))
      problems.push({ field: `escalation.${i}.level`, message: `level ${e.level} is given twice` });
    levels.add(e.level);
  });
  return { problems, departmentId: dept?.id ?? 0 };
}

async function writeQuestions(tx: DbOrTx, serviceTypeId: number, input: ServiceInputParsed) {
  const existing = await tx
    .select()
    .from(serviceQuestions)
    .where(eq(serviceQuestions.serviceTypeId, serviceTypeId));
  const given = new Set(input.questions.map((q) => q.code));
  for (const [position, q] of input.questions.entries()) {
    const values = {
      datatype: q.datatype,
      prompt: q.prompt,
      helpText: q.helpText,
      required: q.required,
      position,
      values: q.values.map((v) => ({ key: v.key, name: v.name })),
      active: true,
    };
    const old = existing.find((e) => e.code === q.code);
    if (old) await tx.update(serviceQuestions).set(values).where(eq(serviceQuestions.id, old.id));
    else await tx.insert(serviceQuestions).values({ serviceTypeId, code: q.code, ...values });
  }
  // A removed question is made inactive, never deleted: old requests' answers still name it.
  for (const old of existing)
    if (old.active && !given.has(old.code))
      await tx.update(serviceQuestions).set({ active: false }).where(eq(serviceQuestions.id, old.id));
}

/** Creates (no `code`) or edits a service type, its questions, escalation levels and translations, audited. */
export async function saveService(
  deps: CatalogDeps,
  input: ServiceInputParsed,
  code?: string,
): Promise<string> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const languages = await otherLanguages(tx);
    const { problems, departmentId } = await check(tx, input, languages);
    const [existing] = await tx.select().from(serviceTypes).where(eq(serviceTypes.code, input.code));
    if (code === undefined && existing)
      problems.push({ field: "code", message: `is already used by the service "${existing.name}"` });
    if (code !== undefined && input.code !== code)
      problems.push({
        field: "code",
        message: "cannot change once the service exists (Open311 clients use it)",
      });
    if (code !== undefined && !existing && input.code === code) throw notFound("Service");
    throwIfProblems(problems);
    const before = existing ? await readServiceState(tx, existing.code) : null;
    const columns = {
      name: input.name,
      groupName: input.group,
      description: input.description,
      keywords: [...new Set(input.keywords)],
      departmentId,
      priority: input.priority,
      slaValue: input.sla?.value ?? null,
      slaUnit: input.sla?.unit ?? null,
      availableOnline: input.availableOnline,
      operatorInstructions: input.operatorInstructions,
      duplicateRadiusM: input.duplicateRadiusM,
      // Every change moves updated_at: Open311 discovery's changeset is the latest of them.
      updatedAt: now,
    };
    let id: number;
    if (existing) {
      id = existing.id;
      await tx.update(serviceTypes).set(columns).where(eq(serviceTypes.id, id));
    } else {
      const [row] = await tx
        .insert(serviceTypes)
        .values({ code: input.code, ...columns, createdAt: now })
        .returning({ id: serviceTypes.id });
      id = row!.id;
    }
    await writeQuestions(tx, id, input);
    await tx.delete(escalationPolicies).where(eq(escalationPolicies.serviceTypeId, id));
    if (input.escalation?.length)
      await tx.insert(escalationPolicies).values(input.escalation.map((e) => ({ serviceTypeId: id, ...e })));
    const rows = serviceTranslationRows(input);
    await replaceTranslations(
      tx,
      "service",
      { keys: [input.code] },
      languages,
      rows.filter((r) => r.entity === "service"),
    );
    // A group's name is shared by its services: a translation given here is saved, a blank one keeps the old.
    await saveTranslations(
      tx,
      rows.filter((r) => r.entity === "service_group" && languages.includes(r.language)),
    );
    for (const entity of ["service_question", "service_value"])
      await replaceTranslations(
        tx,
        entity,
        { prefix: `${input.code}.` },
        languages,
        rows.filter((r) => r.entity === entity),
      );
    const after = await readServiceState(tx, input.code);
    await audit(
      tx,
      deps.actor,
      existing ? "service.update" : "service.create",
      "service",
      input.code,
      before ? changedFields(before, after!) : { after },
      now,
    );
    await refreshSearchVocabulary(tx);
    return input.code;
  });
}

/** Retires or restores a service type. Its old requests keep it (and its name); Open311 stops listing it. */
export async function setServiceActive(deps: CatalogDeps, code: string, active: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(serviceTypes).where(eq(serviceTypes.code, code)).for("update");
    if (!row) throw notFound("Service");
    if (active) {
      const [dept] = await tx.select().from(departments).where(eq(departments.id, row.departmentId));
      if (!dept?.active)
        throw new AppError(
          "conflict",
          `${row.name} belongs to ${dept?.name ?? "a retired department"}, which is retired. Restore the department or move the service first.`,
        );
    }
    if (row.active === active) return;
    await tx.update(serviceTypes).set({ active, updatedAt: now }).where(eq(serviceTypes.id, row.id));
    await audit(tx, deps.actor, active ? "service.restore" : "service.retire", "service", code, {}, now);
    await refreshSearchVocabulary(tx);
  });
}
