import type {
  ConfigChange,
  ConfigFieldChange,
  ConfigFile,
  ConfigSection,
} from "../../../common/contracts/config.js";
import { compact } from "./config.export.js";

type Obj = Record<string, unknown>;

/** How each list section names its objects, what it calls them, and whether they retire or are deleted. */
const SECTIONS: { section: ConfigSection; key: (o: Obj) => string; noun: string; retires: boolean }[] = [
  { section: "departments", key: (o) => String(o.code), noun: "Department", retires: true },
  { section: "agencies", key: (o) => String(o.code), noun: "Agency", retires: true },
  { section: "holidays", key: (o) => String(o.date), noun: "Holiday", retires: false },
  { section: "services", key: (o) => String(o.code), noun: "Service", retires: true },
  { section: "service_groups", key: (o) => String(o.name), noun: "Service group", retires: false },
  {
    section: "escalation_defaults",
    key: (o) => String(o.level),
    noun: "Default escalation level",
    retires: false,
  },
  { section: "routing_rules", key: ruleKey, noun: "Routing rule", retires: false },
  { section: "districts", key: (o) => String(o.code), noun: "District", retires: true },
  {
    section: "synonyms",
    key: (o) => (o as unknown as string[]).join(", "),
    noun: "Synonyms",
    retires: false,
  },
];

/** A routing rule's identity: what it matches (its department and place in the order are what change). */
export function ruleKey(o: Obj): string {
  return `${o.service} / ${o.district ?? "any district"} / ${o.priority ?? "any priority"}`;
}

// Values shown whole rather than field by field.
const ATOMIC = new Set(["sla", "geometry", "working_hours"]);

const UNITS: Record<string, [string, string]> = {
  business_hours: ["business hour", "business hours"],
  business_days: ["business day", "business days"],
  calendar_days: ["calendar day", "calendar days"],
};

/** A value as a person reads it in a diff. */
export function show(field: string, value: unknown): string {
  if (value === undefined || value === null) return "(none)";
  if (field.endsWith("sla") && typeof value === "object") {
    const { value: n, unit } = value as { value: number; unit: string };
    return `${n} ${UNITS[unit]?.[n === 1 ? 0 : 1] ?? unit}`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== "object")) return value.join(", ");
  if (typeof value === "object") {
    const json = JSON.stringify(value);
    return json.length > 160 ? `${json.slice(0, 157)}…` : json;
  }
  return String(value);
}

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const listKey = (list: unknown[]) =>
  list.length > 0 && list.every(isObj)
    ? (["code", "key", "level"].find((k) => list.every((o) => (o as Obj)[k] !== undefined)) ?? null)
    : null;

/** Field-level differences between two values of the same object (database first, then the file). */
export function fieldChanges(before: unknown, after: unknown, prefix = ""): ConfigFieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const name = prefix || "value";
  const last = prefix.split(".").pop() ?? "";
  if (!ATOMIC.has(last) && isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => fieldChanges(before[k], after[k], prefix ? `${prefix}.${k}` : k));
  }
  if (!ATOMIC.has(last) && Array.isArray(before) && Array.isArray(after)) {
    const key = listKey([...before, ...after]);
    const order = (l: unknown[]) => l.map((o) => String((o as Obj)[key ?? ""]));
    if (key) {
      const b = new Map(before.map((o) => [String((o as Obj)[key]), o]));
      const a = new Map(after.map((o) => [String((o as Obj)[key]), o]));
      const keys = [...new Set([...b.keys(), ...a.keys()])];
      const changes = keys.flatMap((k) => fieldChanges(b.get(k), a.get(k), `${prefix}.${k}`));
      const ob = order(before).filter((k) => a.has(k));
      const oa = order(after).filter((k) => b.has(k));
      if (ob.join() !== oa.join())
        changes.push({ field: `${name} order`, before: ob.join(", "), after: oa.join(", ") });
      return changes;
    }
  }
  return [{ field: name, before: show(name, before), after: show(name, after) }];
}

/** Every change the file makes to the database's configuration, grouped by section in the file's order. */
export function diffConfiguration(current: ConfigFile, file: ConfigFile): ConfigChange[] {
  const db = compact(current) as Obj;
  const next = compact(file) as Obj;
  const changes: ConfigChange[] = [];
  if (file.city) {
    const fields = fieldChanges(db.city ?? {}, next.city ?? {}).filter((f) => f.field !== "time_zone");
    if (fields.length)
      changes.push({ section: "city", action: "update", key: "city", label: "City settings", fields });
  }
  for (const { section, key, noun, retires } of SECTIONS) {
    if (file[section] === undefined) continue; // a section left out of the file is not managed by it
    const before = new Map(((db[section] as Obj[] | undefined) ?? []).map((o, i) => [key(o), { o, i }]));
    const after = ((next[section] as Obj[] | undefined) ?? []).map((o, i) => ({ k: key(o), o, i }));
    const routing = section === "routing_rules";
    for (const { k, o, i } of after) {
      const label = `${noun} ${k}`;
      const old = before.get(k);
      if (!old) {
        changes.push({
          section,
          action: "create",
          key: k,
          label,
          fields: routing ? [{ field: "department", before: "(none)", after: String(o.department) }] : [],
        });
        continue;
      }
      const fields = fieldChanges(old.o, o);
      // A rule's place matters among rules of equal specificity, so moving one is a change.
      if (routing && old.i !== i)
        fields.push({ field: "position", before: String(old.i + 1), after: String(i + 1) });
      if (fields.length) changes.push({ section, action: "update", key: k, label, fields });
    }
    const kept = new Set(after.map((a) => a.k));
    for (const [k, { o }] of before) {
      if (kept.has(k)) continue;
      if (!retires) changes.push({ section, action: "delete", key: k, label: `${noun} ${k}`, fields: [] });
      else if (o.active !== false)
        changes.push({
          section,
          action: "retire",
          key: k,
          label: `${noun} ${k}`,
          fields: [{ field: "active", before: "true", after: "false" }],
        });
    }
  }
  if (file.phone) {
    const fields = fieldChanges(db.phone ?? {}, next.phone ?? {});
    if (fields.length)
      changes.push({
        section: "phone",
        action: "update",
        key: "phone",
        label: "Phone line settings",
        fields,
      });
  }
  return changes;
}

/** One line per change, as the command line prints it. */
export function describeChanges(changes: ConfigChange[]): string {
  if (changes.length === 0) return "No changes: the database already has this configuration.";
  const verb = { create: "Add", update: "Change", retire: "Retire", delete: "Delete" } as const;
  const out: string[] = [];
  let section = "";
  for (const c of changes) {
    if (c.section !== section) {
      section = c.section;
      out.push(`${section}:`);
    }
    if (c.action === "update" && c.fields.length === 1) {
      const f = c.fields[0]!;
      out.push(`  ${c.label}: ${f.field} ${f.before} → ${f.after}`);
      continue;
    }
    out.push(`  ${verb[c.action]} ${c.label.charAt(0).toLowerCase()}${c.label.slice(1)}`);
    if (c.action === "update") for (const f of c.fields) out.push(`    ${f.field}: ${f.before} → ${f.after}`);
  }
  return out.join("\n");
}
