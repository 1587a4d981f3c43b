import { asc, count, eq, isNull } from "drizzle-orm";
import type { Priority, QuestionDatatype, SlaUnit } from "../../../common/channels.js";
import type {
  AdminAgency,
  AdminDepartment,
  AdminService,
  AdminServiceSummary,
  ServiceInputParsed,
} from "../../../common/contracts/admin-catalog.js";
import {
  agencies,
  departments,
  escalationPolicies,
  serviceQuestions,
  serviceTypes,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { pick, readTranslations, type TranslationRow } from "./catalog.translations.js";

function byLanguage<T>(
  rows: TranslationRow[],
  key: string,
  build: (language: string) => T,
): Record<string, T> {
  const languages = [...new Set(rows.filter((r) => r.entityKey === key).map((r) => r.language))];
  return Object.fromEntries(languages.map((l) => [l, build(l)]));
}

/** Every department, retired ones too, with the services that belong to it and its translations. */
export async function listAdminDepartments(db: DbOrTx, code?: string): Promise<AdminDepartment[]> {
  const rows = await db
    .select()
    .from(departments)
    .where(code === undefined ? undefined : eq(departments.code, code))
    .orderBy(asc(departments.name));
  const services = await db
    .select({
      departmentId: serviceTypes.departmentId,
      code: serviceTypes.code,
      name: serviceTypes.name,
      active: serviceTypes.active,
    })
    .from(serviceTypes)
    .orderBy(asc(serviceTypes.name));
  const tr = await readTranslations(
    db,
    "department",
    rows.map((r) => r.code),
  );
  return rows.map((d) => ({
    code: d.code,
    name: d.name,
    phone: d.phone,
    transferPhone: d.transferPhone,
    email: d.email,
    hours: d.hours,
    address: d.address,
    webUrl: d.webUrl,
    description: d.description,
    callerScript: d.callerScript,
    active: d.active,
    services: services
      .filter((s) => s.departmentId === d.id)
      .map(({ code, name, active }) => ({ code, name, active })),
    translations: byLanguage(tr, d.code, (l) => ({
      name: pick(tr, d.code, "name", l),
      description: pick(tr, d.code, "description", l),
    })),
  }));
}

/** Every outside agency, retired ones too (or the one with `code`). */
export async function listAdminAgencies(db: DbOrTx, code?: string): Promise<AdminAgency[]> {
  const rows = await db
    .select()
    .from(agencies)
    .where(code === undefined ? undefined : eq(agencies.code, code))
    .orderBy(asc(agencies.name));
  return rows.map((a) => ({
    code: a.code,
    name: a.name,
    phone: a.phone,
    hours: a.hours,
    address: a.address,
    webUrl: a.webUrl,
    handles: a.handles,
    callerScript: a.callerScript,
    active: a.active,
  }));
}

/** Every service type, retired ones too, by group and name. */
export async function listAdminServices(db: DbOrTx): Promise<AdminServiceSummary[]> {
  const counts = db
    .select({ id: serviceQuestions.serviceTypeId, n: count().as("n") })
    .from(serviceQuestions)
    .where(eq(serviceQuestions.active, true))
    .groupBy(serviceQuestions.serviceTypeId)
    .as("counts");
  const rows = await db
    .select({
      code: serviceTypes.code,
      name: serviceTypes.name,
      group: serviceTypes.groupName,
      departmentCode: departments.code,
      departmentName: departments.name,
      priority: serviceTypes.priority,
      slaValue: serviceTypes.slaValue,
      slaUnit: serviceTypes.slaUnit,
      availableOnline: serviceTypes.availableOnline,
      active: serviceTypes.active,
      questions: counts.n,
    })
    .from(serviceTypes)
    .innerJoin(departments, eq(departments.id, serviceTypes.departmentId))
    .leftJoin(counts, eq(counts.id, serviceTypes.id))
    .orderBy(asc(serviceTypes.groupName), asc(serviceTypes.name));
  return rows.map((r) => ({
    code: r.code,
    name: r.name,
    group: r.group,
    department: { code: r.departmentCode, name: r.departmentName },
    priority: r.priority,
    sla: r.slaValue !== null && r.slaUnit ? { value: r.slaValue, unit: r.slaUnit } : null,
    availableOnline: r.availableOnline,
    active: r.active,
    questions: Number(r.questions ?? 0),
  }));
}

/** The city's default escalation levels (rows without a service). */
export async function defaultEscalation(db: DbOrTx) {
  return db
    .select({
      level: escalationPolicies.level,
      minutesFromDue: escalationPolicies.minutesFromDue,
      label: escalationPolicies.label,
    })
    .from(escalationPolicies)
    .where(isNull(escalationPolicies.serviceTypeId))
    .orderBy(asc(escalationPolicies.level));
}

/** One service type with everything its editor shows, or null. */
export async function getAdminService(db: DbOrTx, code: string): Promise<AdminService | null> {
  const [s] = await db
    .select({ service: serviceTypes, departmentCode: departments.code, departmentName: departments.name })
    .from(serviceTypes)
    .innerJoin(departments, eq(departments.id, serviceTypes.departmentId))
    .where(eq(serviceTypes.code, code));
  if (!s) return null;
  const questions = await db
    .select()
    .from(serviceQuestions)
    .where(eq(serviceQuestions.serviceTypeId, s.service.id))
    .orderBy(asc(serviceQuestions.position), asc(serviceQuestions.id));
  const own = await db
    .select({
      level: escalationPolicies.level,
      minutesFromDue: escalationPolicies.minutesFromDue,
      label: escalationPolicies.label,
    })
    .from(escalationPolicies)
    .where(eq(escalationPolicies.serviceTypeId, s.service.id))
    .orderBy(asc(escalationPolicies.level));
  const st = [
    ...(await readTranslations(db, "service", [code])),
    ...(await readTranslations(db, "service_group", [s.service.groupName])),
  ];
  const qt = await readTranslations(db, "service_question", [], `${code}.`);
  const vt = await readTranslations(db, "service_value", [], `${code}.`);
  const x = s.service;
  return {
    code: x.code,
    name: x.name,
    group: x.groupName,
    description: x.description,
    keywords: x.keywords,
    departmentCode: s.departmentCode,
    departmentName: s.departmentName,
    priority: x.priority as Priority,
    sla: x.slaValue !== null && x.slaUnit ? { value: x.slaValue, unit: x.slaUnit as SlaUnit } : null,
    escalation: own.length ? own : null,
    defaultEscalation: await defaultEscalation(db),
    duplicateRadiusM: x.duplicateRadiusM,
    availableOnline: x.availableOnline,
    operatorInstructions: x.operatorInstructions,
    active: x.active,
    updatedAt: x.updatedAt.toISOString(),
    questions: questions
      .filter((q) => q.active)
      .map((q) => {
        const key = `${code}.${q.code}`;
        return {
          code: q.code,
          datatype: q.datatype as QuestionDatatype,
          prompt: q.prompt,
          helpText: q.helpText,
          required: q.required,
          values: q.values.map((v) => ({
            key: v.key,
            name: v.name,
            translations: byLanguage(vt, `${key}.${v.key}`, (l) => pick(vt, `${key}.${v.key}`, "name", l)),
          })),
          translations: byLanguage(qt, key, (l) => ({
            prompt: pick(qt, key, "prompt", l),
            helpText: pick(qt, key, "help", l),
          })),
        };
      }),
    translations: byLanguage(
      st.map((r) => ({ ...r, entityKey: code })),
      code,
      (l) => ({
        name: pick(
          st.filter((r) => r.entity === "service"),
          code,
          "name",
          l,
        ),
        description: pick(st, code, "description", l),
        group: pick(
          st.filter((r) => r.entity === "service_group"),
          x.groupName,
          "name",
          l,
        ),
      }),
    ),
  };
}

/** A service's state as plain fields, for the before/after of its audit records. */
export async function readServiceState(db: DbOrTx, code: string): Promise<Record<string, unknown> | null> {
  const s = await getAdminService(db, code);
  if (!s) return null;
  const { updatedAt: _u, defaultEscalation: _d, departmentName: _n, active: _a, ...fields } = s;
  return fields;
}

/** The content_translations rows a service input describes (blank texts dropped). */
export function serviceTranslationRows(input: ServiceInputParsed): TranslationRow[] {
  const rows: TranslationRow[] = [];
  const add = (entity: string, entityKey: string, field: string, language: string, text: string | null) => {
    if (text) rows.push({ entity, entityKey, field, language, text });
  };
  for (const [l, t] of Object.entries(input.translations)) {
    add("service", input.code, "name", l, t.name);
    add("service", input.code, "description", l, t.description);
    add("service_group", input.group, "name", l, t.group);
  }
  for (const q of input.questions) {
    const key = `${input.code}.${q.code}`;
    for (const [l, t] of Object.entries(q.translations)) {
      add("service_question", key, "prompt", l, t.prompt);
      add("service_question", key, "help", l, t.helpText);
    }
    for (const v of q.values)
      for (const [l, name] of Object.entries(v.translations))
        add("service_value", `${key}.${v.key}`, "name", l, name);
  }
  return rows;
}
