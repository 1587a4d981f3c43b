import { createHash } from "node:crypto";
import { asc, inArray } from "drizzle-orm";
import { Document, isScalar, visit } from "yaml";
import type { Priority, QuestionDatatype, SlaUnit } from "../../../common/channels.js";
import { type ConfigFile, phoneToFile, WEEKDAYS } from "../../../common/contracts/config.js";
import {
  agencies,
  contentTranslations,
  departments,
  districts,
  escalationPolicies,
  holidays,
  routingRules,
  serviceQuestions,
  serviceTypes,
  synonyms,
  workingHours,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { getCity } from "../city/index.js";
import { readPhoneSettings } from "../telephony/index.js";

/** The content_translations entities the file carries (articles' translations are not configuration). */
export const TRANSLATED_ENTITIES = [
  "department",
  "service",
  "service_group",
  "service_question",
  "service_value",
] as const;

type Translations = Map<string, Map<string, Map<string, string>>>; // entity:key → language → field → text

function byCode<T extends { code: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Drops nulls, empty lists and empty maps (recursively): the file leaves out what is not set. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const c = compact(v);
    if (c === null || c === undefined) continue;
    if (Array.isArray(c) && c.length === 0) continue;
    if (typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out as T;
}

/** Reads the city's whole configuration from the database, in the file's shape and a stable order. */
export async function readConfiguration(db: DbOrTx, timeZone: string): Promise<ConfigFile> {
  const [city, depts, hours, ags, hols, services, questions, policies, rules, dists, syns, texts, phone] =
    await Promise.all([
      getCity(db, timeZone),
      db.select().from(departments),
      db.select().from(workingHours).orderBy(asc(workingHours.weekday), asc(workingHours.opens)),
      db.select().from(agencies),
      db.select().from(holidays).orderBy(asc(holidays.date)),
      db.select().from(serviceTypes),
      db.select().from(serviceQuestions).orderBy(asc(serviceQuestions.position), asc(serviceQuestions.id)),
      db.select().from(escalationPolicies).orderBy(asc(escalationPolicies.level), asc(escalationPolicies.id)),
      db.select().from(routingRules).orderBy(asc(routingRules.position), asc(routingRules.id)),
      db.select().from(districts),
      db.select().from(synonyms),
      db
        .select()
        .from(contentTranslations)
        .where(inArray(contentTranslations.entity, [...TRANSLATED_ENTITIES])),
      readPhoneSettings(db),
    ]);
  const tr: Translations = new Map();
  for (const t of texts) {
    const id = `${t.entity}:${t.entityKey}`;
    const langs = tr.get(id) ?? new Map<string, Map<string, string>>();
    const fields = langs.get(t.language) ?? new Map<string, string>();
    fields.set(t.field, t.text);
    langs.set(t.language, fields);
    tr.set(id, langs);
  }
  const languages = (id: string) => [...(tr.get(id)?.keys() ?? [])].sort();
  const field = (id: string, lang: string, f: string) => tr.get(id)?.get(lang)?.get(f) ?? null;
  const deptCode = new Map(depts.map((d) => [d.id, d.code]));
  const serviceCode = new Map(services.map((s) => [s.id, s.code]));
  const levels = (serviceTypeId: number | null) =>
    policies
      .filter((p) => p.serviceTypeId === serviceTypeId)
      .map((p) => ({ level: p.level, minutes_from_due: p.minutesFromDue, label: p.label }));

  return {
    version: 1,
    city: {
      name: city.name,
      state: city.state,
      phone311: city.phone311,
      outside_phone: city.outsidePhone,
      email: city.email,
      address: city.address,
      hours: city.hours,
      web_url: city.webUrl,
      jurisdiction_id: city.jurisdictionId,
      logo_url: city.logoUrl,
      primary_color: city.primaryColor,
      languages: city.languages,
      map_tile_url: city.mapTileUrl,
      map_attribution: city.mapAttribution,
      time_zone: timeZone,
    },
    departments: byCode(depts).map((d) => ({
      code: d.code,
      name: d.name,
      phone: d.phone,
      transfer_phone: d.transferPhone,
      email: d.email,
      hours: d.hours,
      address: d.address,
      web_url: d.webUrl,
      description: d.description,
      caller_script: d.callerScript,
      active: d.active,
      working_hours: Object.fromEntries(
        WEEKDAYS.map(
          (day, i) =>
            [
              day,
              hours
                .filter((h) => h.departmentId === d.id && h.weekday === i + 1)
                .map((h) => `${h.opens.slice(0, 5)}-${h.closes.slice(0, 5)}`),
            ] as const,
        ).filter(([, spans]) => spans.length > 0),
      ),
      translations: Object.fromEntries(
        languages(`department:${d.code}`).map((l) => [
          l,
          {
            name: field(`department:${d.code}`, l, "name"),
            description: field(`department:${d.code}`, l, "description"),
          },
        ]),
      ),
    })),
    agencies: byCode(ags).map((a) => ({
      code: a.code,
      name: a.name,
      phone: a.phone,
      hours: a.hours,
      address: a.address,
      web_url: a.webUrl,
      handles: a.handles,
      caller_script: a.callerScript,
      active: a.active,
    })),
    holidays: hols.map((h) => ({ date: h.date, name: h.name })),
    service_groups: [
      ...new Set([
        ...services.map((s) => s.groupName),
        ...texts.filter((t) => t.entity === "service_group").map((t) => t.entityKey),
      ]),
    ]
      .sort()
      .map((name) => ({
        name,
        translations: Object.fromEntries(
          languages(`service_group:${name}`).map((l) => [l, field(`service_group:${name}`, l, "name") ?? ""]),
        ),
      })),
    services: byCode(services).map((s) => {
      const qs = questions.filter((q) => q.serviceTypeId === s.id);
      const sid = `service:${s.code}`;
      return {
        code: s.code,
        name: s.name,
        group: s.groupName,
        description: s.description,
        keywords: s.keywords,
        department: deptCode.get(s.departmentId) ?? "",
        priority: s.priority as Priority,
        sla:
          s.slaValue !== null && s.slaUnit !== null
            ? { value: s.slaValue, unit: s.slaUnit as SlaUnit }
            : null,
        escalation: levels(s.id),
        duplicate_radius_m: s.duplicateRadiusM,
        available_online: s.availableOnline,
        operator_instructions: s.operatorInstructions,
        active: s.active,
        questions: qs.map((q) => ({
          code: q.code,
          datatype: q.datatype as QuestionDatatype,
          prompt: q.prompt,
          help: q.helpText,
          required: q.required,
          active: q.active,
          values: q.values,
        })),
        translations: Object.fromEntries(
          [
            ...new Set([
              ...languages(sid),
              ...qs.flatMap((q) => [
                ...languages(`service_question:${s.code}.${q.code}`),
                ...q.values.flatMap((v) => languages(`service_value:${s.code}.${q.code}.${v.key}`)),
              ]),
            ]),
          ]
            .sort()
            .map((l) => [
              l,
              {
                name: field(sid, l, "name"),
                description: field(sid, l, "description"),
                questions: Object.fromEntries(
                  qs.map((q) => {
                    const qid = `service_question:${s.code}.${q.code}`;
                    return [
                      q.code,
                      {
                        prompt: field(qid, l, "prompt"),
                        help: field(qid, l, "help"),
                        values: Object.fromEntries(
                          q.values
                            .map((v) => [
                              v.key,
                              field(`service_value:${s.code}.${q.code}.${v.key}`, l, "name"),
                            ])
                            .filter(([, name]) => name !== null),
                        ),
                      },
                    ];
                  }),
                ),
              },
            ]),
        ),
      };
    }),
    escalation_defaults: levels(null),
    routing_rules: rules.map((r) => ({
      service: serviceCode.get(r.serviceTypeId) ?? "",
      district: r.district,
      priority: r.priority as Priority | null,
      department: deptCode.get(r.departmentId) ?? "",
    })),
    districts: byCode(dists).map((d) => ({
      code: d.code,
      name: d.name,
      active: d.active,
      geometry: d.geometry as { type: "Polygon"; coordinates: unknown[] },
    })),
    synonyms: syns.map((s) => s.terms).sort((a, b) => (a.join(",") < b.join(",") ? -1 : 1)),
    // The stored settings over the defaults: a city that never set them exports the defaults it runs with.
    phone: phoneToFile(phone),
  };
}

const HEADER = [
  "civic311 city configuration (docs/configuration.md).",
  "Import with: civic311 config import city.yaml --dry-run (preview), then without --dry-run to apply.",
  "Staff accounts, API keys, knowledge-base articles and requests are not configuration: they are not here.",
];

/** The configuration as YAML text: same configuration, same bytes. */
export function toYaml(config: ConfigFile): string {
  const doc = new Document(compact(config), { aliasDuplicateObjects: false });
  // Short lists of words, times and coordinates read best on one line: mon: [08:30-12:00, 13:00-16:30].
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `${HEADER.map((l) => `# ${l}`).join("\n")}\n${body}`;
}

/** A short hash of the database's configuration: an import applies only if it still equals its preview's. */
export async function configFingerprint(db: DbOrTx, timeZone: string): Promise<string> {
  const yaml = toYaml(await readConfiguration(db, timeZone));
  return createHash("sha256").update(yaml).digest("hex").slice(0, 32);
}
