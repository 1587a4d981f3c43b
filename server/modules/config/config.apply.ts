import { and, eq, inArray, isNull } from "drizzle-orm";
import {
  type ConfigChange,
  type ConfigFile,
  type ConfigSection,
  phoneFromFile,
} from "../../../common/contracts/config.js";
import {
  agencies,
  contentTranslations,
  departments,
  districts,
  escalationPolicies,
  holidays,
  routingRules,
  serviceTypes,
  synonyms,
} from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { DbOrTx } from "../../platform/db.js";
import { saveTranslations } from "../../platform/translations.js";
import { setCity } from "../city/index.js";
import { writePhoneSettings } from "../telephony/index.js";
import { putDepartment, putService } from "./config.apply.objects.js";
import { boundsOf } from "./config.validate.js";

const ENTITY: Record<ConfigSection, string> = {
  city: "city",
  departments: "department",
  agencies: "agency",
  holidays: "holiday",
  services: "service",
  service_groups: "service_group",
  escalation_defaults: "escalation_default",
  routing_rules: "routing_rule",
  districts: "district",
  synonyms: "synonym_group",
  phone: "phone_settings",
};

async function idsByCode(tx: DbOrTx) {
  const [d, s] = await Promise.all([
    tx.select({ id: departments.id, code: departments.code }).from(departments),
    tx.select({ id: serviceTypes.id, code: serviceTypes.code }).from(serviceTypes),
  ]);
  return { dept: new Map(d.map((r) => [r.code, r.id])), service: new Map(s.map((r) => [r.code, r.id])) };
}

/** Writes the file's changes (already validated and diffed) in the caller's transaction, auditing each. */
export async function applyConfiguration(
  tx: DbOrTx,
  actor: Actor,
  file: ConfigFile,
  changes: ConfigChange[],
  now: Date,
  opts: { audit: boolean } = { audit: true },
): Promise<void> {
  const of = (section: ConfigSection) => changes.filter((c) => c.section === section);
  const touched = (section: ConfigSection, action: ConfigChange["action"]) =>
    new Set(
      of(section)
        .filter((c) => c.action === action)
        .map((c) => c.key),
    );
  for (const c of opts.audit ? changes : []) {
    const data = Object.fromEntries(c.fields.map((f) => [f.field, { before: f.before, after: f.after }]));
    await audit(tx, actor, `config.import.${ENTITY[c.section]}.${c.action}`, ENTITY[c.section], c.key, data);
  }
  if (file.city && of("city").length) {
    const c = file.city;
    await setCity(tx, {
      name: c.name,
      state: c.state,
      phone311: c.phone311,
      outsidePhone: c.outside_phone,
      email: c.email,
      address: c.address,
      hours: c.hours,
      webUrl: c.web_url,
      jurisdictionId: c.jurisdiction_id,
      logoUrl: c.logo_url,
      primaryColor: c.primary_color,
      languages: c.languages,
      mapTileUrl: c.map_tile_url,
      mapAttribution: c.map_attribution,
    });
  }
  const write = (section: ConfigSection) =>
    new Set(
      of(section)
        .filter((c) => c.action === "create" || c.action === "update")
        .map((c) => c.key),
    );
  const retire = async (
    section: ConfigSection,
    table: typeof departments | typeof agencies | typeof serviceTypes | typeof districts,
  ) => {
    const codes = [...touched(section, "retire")];
    if (codes.length)
      await tx.update(table).set({ active: false, updatedAt: now }).where(inArray(table.code, codes));
  };
  const deptWrites = write("departments");
  for (const d of file.departments ?? []) if (deptWrites.has(d.code)) await putDepartment(tx, d, now);
  await retire("departments", departments);

  const agencyWrites = write("agencies");
  for (const a of file.agencies ?? []) {
    if (!agencyWrites.has(a.code)) continue;
    const v = {
      name: a.name,
      phone: a.phone,
      hours: a.hours,
      address: a.address,
      webUrl: a.web_url,
      handles: a.handles,
      callerScript: a.caller_script,
      active: a.active,
      updatedAt: now,
    };
    await tx
      .insert(agencies)
      .values({ code: a.code, ...v })
      .onConflictDoUpdate({ target: agencies.code, set: v });
  }
  await retire("agencies", agencies);

  const holidayDeletes = [...touched("holidays", "delete")];
  if (holidayDeletes.length) await tx.delete(holidays).where(inArray(holidays.date, holidayDeletes));
  const holidayWrites = write("holidays");
  for (const h of file.holidays ?? [])
    if (holidayWrites.has(h.date))
      await tx
        .insert(holidays)
        .values(h)
        .onConflictDoUpdate({ target: holidays.date, set: { name: h.name } });

  const ids = await idsByCode(tx);
  const serviceWrites = write("services");
  for (const s of file.services ?? [])
    if (serviceWrites.has(s.code)) await putService(tx, s, ids.dept.get(s.department)!, now);
  await retire("services", serviceTypes);

  const groupChanges = [...write("service_groups"), ...touched("service_groups", "delete")];
  if (groupChanges.length) {
    await tx
      .delete(contentTranslations)
      .where(
        and(
          eq(contentTranslations.entity, "service_group"),
          inArray(contentTranslations.entityKey, groupChanges),
        ),
      );
    const rows = (file.service_groups ?? [])
      .filter((g) => groupChanges.includes(g.name))
      .flatMap((g) =>
        Object.entries(g.translations).flatMap(([language, text]) =>
          text ? [{ entity: "service_group", entityKey: g.name, field: "name", language, text }] : [],
        ),
      );
    if (rows.length) await saveTranslations(tx, rows);
  }

  if (file.escalation_defaults && of("escalation_defaults").length) {
    await tx.delete(escalationPolicies).where(isNull(escalationPolicies.serviceTypeId));
    if (file.escalation_defaults.length)
      await tx.insert(escalationPolicies).values(
        file.escalation_defaults.map((l) => ({
          serviceTypeId: null,
          level: l.level,
          minutesFromDue: l.minutes_from_due,
          label: l.label,
        })),
      );
  }

  if (file.routing_rules && of("routing_rules").length) {
    // Rules have no history of their own: the file's list replaces the database's, in its order.
    const fresh = await idsByCode(tx);
    await tx.delete(routingRules);
    if (file.routing_rules.length)
      await tx.insert(routingRules).values(
        file.routing_rules.map((r, position) => ({
          serviceTypeId: fresh.service.get(r.service)!,
          district: r.district,
          priority: r.priority,
          departmentId: fresh.dept.get(r.department)!,
          position,
        })),
      );
  }

  const districtWrites = write("districts");
  for (const d of file.districts ?? []) {
    if (!districtWrites.has(d.code)) continue;
    const v = {
      name: d.name,
      active: d.active,
      geometry: d.geometry as { type: "Polygon"; coordinates: unknown },
      ...boundsOf(d.geometry)!,
      updatedAt: now,
    };
    await tx
      .insert(districts)
      .values({ code: d.code, ...v })
      .onConflictDoUpdate({ target: districts.code, set: v });
  }
  await retire("districts", districts);

  if (file.synonyms && of("synonyms").length) {
    const existing = await tx.select({ id: synonyms.id, terms: synonyms.terms }).from(synonyms);
    const gone = touched("synonyms", "delete");
    const del = existing.filter((s) => gone.has(s.terms.join(", "))).map((s) => s.id);
    if (del.length) await tx.delete(synonyms).where(inArray(synonyms.id, del));
    const added = touched("synonyms", "create");
    const rows = file.synonyms.filter((t) => added.has(t.join(", "))).map((terms) => ({ terms }));
    if (rows.length) await tx.insert(synonyms).values(rows);
  }

  if (file.phone && of("phone").length) await writePhoneSettings(tx, phoneFromFile(file.phone), now);
}
