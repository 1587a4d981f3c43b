import { and, eq, inArray, like, or } from "drizzle-orm";
import type { ConfigFile } from "../../../common/contracts/config.js";
import { WEEKDAYS } from "../../../common/contracts/config.js";
import {
  contentTranslations,
  departments,
  escalationPolicies,
  serviceQuestions,
  serviceTypes,
  workingHours,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { likePrefix, saveTranslations } from "../../platform/translations.js";

type Dept = NonNullable<ConfigFile["departments"]>[number];
type Service = NonNullable<ConfigFile["services"]>[number];
type Row = { entity: string; entityKey: string; field: string; language: string; text: string };

/** Creates or updates a department with its working hours and translations, as the file has them. */
export async function putDepartment(tx: DbOrTx, d: Dept, now: Date) {
  const values = {
    name: d.name,
    phone: d.phone,
    transferPhone: d.transfer_phone,
    email: d.email,
    hours: d.hours,
    address: d.address,
    webUrl: d.web_url,
    description: d.description,
    callerScript: d.caller_script,
    active: d.active,
    updatedAt: now,
  };
  const [row] = await tx
    .insert(departments)
    .values({ code: d.code, ...values })
    .onConflictDoUpdate({ target: departments.code, set: values })
    .returning({ id: departments.id });
  await tx.delete(workingHours).where(eq(workingHours.departmentId, row!.id));
  const hours = WEEKDAYS.flatMap((day, i) =>
    (d.working_hours[day] ?? []).map((s) => ({
      departmentId: row!.id,
      weekday: i + 1,
      opens: s.slice(0, 5),
      closes: s.slice(6),
    })),
  );
  if (hours.length) await tx.insert(workingHours).values(hours);
  await tx
    .delete(contentTranslations)
    .where(and(eq(contentTranslations.entity, "department"), eq(contentTranslations.entityKey, d.code)));
  const rows: Row[] = [];
  for (const [language, t] of Object.entries(d.translations)) {
    if (!t) continue;
    if (t.name) rows.push({ entity: "department", entityKey: d.code, field: "name", language, text: t.name });
    if (t.description)
      rows.push({
        entity: "department",
        entityKey: d.code,
        field: "description",
        language,
        text: t.description,
      });
  }
  if (rows.length) await saveTranslations(tx, rows);
}

/** Creates or updates a service with its questions, escalation levels and translations. */
export async function putService(tx: DbOrTx, s: Service, deptId: number, now: Date) {
  const values = {
    name: s.name,
    groupName: s.group,
    description: s.description,
    keywords: s.keywords,
    departmentId: deptId,
    priority: s.priority,
    slaValue: s.sla?.value ?? null,
    slaUnit: s.sla?.unit ?? null,
    availableOnline: s.available_online,
    operatorInstructions: s.operator_instructions,
    duplicateRadiusM: s.duplicate_radius_m,
    active: s.active,
    // updated_at moves Open311's discovery changeset, so clients refetch the service list.
    updatedAt: now,
  };
  const [row] = await tx
    .insert(serviceTypes)
    .values({ code: s.code, ...values })
    .onConflictDoUpdate({ target: serviceTypes.code, set: values })
    .returning({ id: serviceTypes.id });
  const id = row!.id;
  // Questions are retired, not deleted: old requests' answers still name them.
  await tx.update(serviceQuestions).set({ active: false }).where(eq(serviceQuestions.serviceTypeId, id));
  for (const [position, q] of s.questions.entries()) {
    const qv = {
      datatype: q.datatype,
      required: q.required,
      prompt: q.prompt,
      helpText: q.help,
      position,
      values: q.values,
      active: q.active,
    };
    await tx
      .insert(serviceQuestions)
      .values({ serviceTypeId: id, code: q.code, ...qv })
      .onConflictDoUpdate({ target: [serviceQuestions.serviceTypeId, serviceQuestions.code], set: qv });
  }
  await tx.delete(escalationPolicies).where(eq(escalationPolicies.serviceTypeId, id));
  if (s.escalation.length)
    await tx.insert(escalationPolicies).values(
      s.escalation.map((l) => ({
        serviceTypeId: id,
        level: l.level,
        minutesFromDue: l.minutes_from_due,
        label: l.label,
      })),
    );
  await tx
    .delete(contentTranslations)
    .where(
      or(
        and(eq(contentTranslations.entity, "service"), eq(contentTranslations.entityKey, s.code)),
        and(
          inArray(contentTranslations.entity, ["service_question", "service_value"]),
          like(contentTranslations.entityKey, likePrefix(`${s.code}.`)),
        ),
      ),
    );
  const rows: Row[] = [];
  const add = (entity: string, entityKey: string, field: string, language: string, text: string | null) => {
    if (text) rows.push({ entity, entityKey, field, language, text });
  };
  for (const [lang, t] of Object.entries(s.translations)) {
    if (!t) continue;
    add("service", s.code, "name", lang, t.name);
    add("service", s.code, "description", lang, t.description);
    for (const [qc, qt] of Object.entries(t.questions)) {
      add("service_question", `${s.code}.${qc}`, "prompt", lang, qt.prompt);
      add("service_question", `${s.code}.${qc}`, "help", lang, qt.help);
      for (const [vk, name] of Object.entries(qt.values))
        add("service_value", `${s.code}.${qc}.${vk}`, "name", lang, name);
    }
  }
  if (rows.length) await saveTranslations(tx, rows);
}
