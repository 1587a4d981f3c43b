import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Priority, QuestionDatatype, SlaUnit } from "../../../common/channels.js";
import { departments, serviceQuestions, serviceTypes } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

export interface ServiceWithQuestions {
  id: number;
  code: string;
  name: string;
  groupName: string;
  description: string | null;
  keywords: string[];
  departmentId: number;
  department: { code: string; name: string };
  priority: Priority;
  slaValue: number | null;
  slaUnit: SlaUnit | null;
  availableOnline: boolean;
  operatorInstructions: string | null;
  active: boolean;
  questions: {
    code: string;
    datatype: QuestionDatatype;
    required: boolean;
    prompt: string;
    helpText: string | null;
    position: number;
    values: { key: string; name: string }[];
  }[];
}

async function withQuestions(
  db: DbOrTx,
  rows: Omit<ServiceWithQuestions, "questions">[],
): Promise<ServiceWithQuestions[]> {
  if (rows.length === 0) return [];
  const qs = await db
    .select()
    .from(serviceQuestions)
    .where(
      and(
        inArray(
          serviceQuestions.serviceTypeId,
          rows.map((r) => r.id),
        ),
        eq(serviceQuestions.active, true),
      ),
    )
    .orderBy(asc(serviceQuestions.position), asc(serviceQuestions.id));
  return rows.map((r) => ({
    ...r,
    questions: qs
      .filter((q) => q.serviceTypeId === r.id)
      .map((q) => ({
        code: q.code,
        datatype: q.datatype as QuestionDatatype,
        required: q.required,
        prompt: q.prompt,
        helpText: q.helpText,
        position: q.position,
        values: q.values,
      })),
  }));
}

const serviceColumns = {
  id: serviceTypes.id,
  code: serviceTypes.code,
  name: serviceTypes.name,
  groupName: serviceTypes.groupName,
  description: serviceTypes.description,
  keywords: serviceTypes.keywords,
  departmentId: serviceTypes.departmentId,
  department: { code: departments.code, name: departments.name },
  priority: serviceTypes.priority,
  slaValue: serviceTypes.slaValue,
  slaUnit: serviceTypes.slaUnit,
  availableOnline: serviceTypes.availableOnline,
  operatorInstructions: serviceTypes.operatorInstructions,
  active: serviceTypes.active,
};

/** One service type with its active questions, by code, in one query; null when there is none. */
export async function getServiceByCode(db: DbOrTx, code: string): Promise<ServiceWithQuestions | null> {
  const [row] = await db
    .select({
      ...serviceColumns,
      questions: sql<ServiceWithQuestions["questions"]>`coalesce((
        select json_agg(json_build_object(
          'code', q.code, 'datatype', q.datatype, 'required', q.required, 'prompt', q.prompt,
          'helpText', q.help_text, 'position', q.position, 'values', q.values) order by q.position, q.id)
        from ${serviceQuestions} q where q.service_type_id = ${serviceTypes.id} and q.active), '[]'::json)`,
    })
    .from(serviceTypes)
    .innerJoin(departments, eq(departments.id, serviceTypes.departmentId))
    .where(eq(serviceTypes.code, code))
    .limit(1);
  return (row as ServiceWithQuestions | undefined) ?? null;
}

/** Every active service type with its questions, by group and name. */
export async function listServices(db: DbOrTx): Promise<ServiceWithQuestions[]> {
  const rows = await db
    .select(serviceColumns)
    .from(serviceTypes)
    .innerJoin(departments, eq(departments.id, serviceTypes.departmentId))
    .where(eq(serviceTypes.active, true))
    .orderBy(asc(serviceTypes.groupName), asc(serviceTypes.name));
  return withQuestions(db, rows as Omit<ServiceWithQuestions, "questions">[]);
}

/** Active departments by name. */
export async function listDepartments(db: DbOrTx) {
  return db
    .select({
      id: departments.id,
      code: departments.code,
      name: departments.name,
      phone: departments.phone,
      transferPhone: departments.transferPhone,
      hours: departments.hours,
    })
    .from(departments)
    .where(eq(departments.active, true))
    .orderBy(asc(departments.name));
}

/** A department's id by code, or null. */
export async function departmentIdForCode(db: DbOrTx, code: string): Promise<number | null> {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.code, code))
    .limit(1);
  return row?.id ?? null;
}
