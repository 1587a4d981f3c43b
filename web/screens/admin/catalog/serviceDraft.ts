import type { QuestionDatatype } from "../../../../common/channels.js";
import type { AdminService, ServiceInput } from "../../../../common/contracts/admin-catalog.js";
import type { Problem } from "../../knowledge-base/problems";

// The service editor's state: everything as the inputs hold it (text), turned into the API's input on save.

export interface ValueDraft {
  uid: number;
  key: string;
  name: string;
  keyTouched: boolean;
  translations: Record<string, string>;
}

export interface QuestionDraft {
  /** Stable across moves, so inputs keep their ids and focus while questions are reordered. */
  uid: number;
  code: string;
  codeTouched: boolean;
  datatype: QuestionDatatype;
  prompt: string;
  helpText: string;
  required: boolean;
  values: ValueDraft[];
  translations: Record<string, { prompt: string; helpText: string }>;
}

export interface LevelDraft {
  uid: number;
  level: string;
  minutesFromDue: string;
  label: string;
}

export interface ServiceDraft {
  code: string;
  codeTouched: boolean;
  name: string;
  group: string;
  description: string;
  keywords: string;
  departmentCode: string;
  priority: string;
  slaValue: string;
  slaUnit: string;
  ownEscalation: boolean;
  escalation: LevelDraft[];
  duplicateRadiusM: string;
  availableOnline: boolean;
  operatorInstructions: string;
  questions: QuestionDraft[];
  translations: Record<string, { name: string; description: string; group: string }>;
}

let nextUid = 1;

/** A fresh key for a row the editor adds, so React keeps each row's inputs while rows move. */
export function uid(): number {
  return nextUid++;
}

/** A code made from a name: "Meter number" → "meter_number". */
export function codeFrom(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
}

/** A new, empty question. */
export function newQuestion(): QuestionDraft {
  return {
    uid: nextUid++,
    code: "",
    codeTouched: false,
    datatype: "string",
    prompt: "",
    helpText: "",
    required: false,
    values: [],
    translations: {},
  };
}

/** The editor's state for an existing service, or an empty one. */
export function draftFrom(s: AdminService | undefined): ServiceDraft {
  return {
    code: s?.code ?? "",
    codeTouched: s !== undefined,
    name: s?.name ?? "",
    group: s?.group ?? "",
    description: s?.description ?? "",
    keywords: s?.keywords.join(", ") ?? "",
    departmentCode: s?.departmentCode ?? "",
    priority: s?.priority ?? "normal",
    slaValue: s?.sla ? String(s.sla.value) : "",
    slaUnit: s?.sla?.unit ?? "business_days",
    ownEscalation: Boolean(s?.escalation),
    escalation: (s?.escalation ?? s?.defaultEscalation ?? []).map((e) => ({
      uid: nextUid++,
      level: String(e.level),
      minutesFromDue: String(e.minutesFromDue),
      label: e.label,
    })),
    duplicateRadiusM: String(s?.duplicateRadiusM ?? 50),
    availableOnline: s?.availableOnline ?? true,
    operatorInstructions: s?.operatorInstructions ?? "",
    questions: (s?.questions ?? []).map((q) => ({
      uid: nextUid++,
      code: q.code,
      codeTouched: true,
      datatype: q.datatype,
      prompt: q.prompt,
      helpText: q.helpText ?? "",
      required: q.required,
      values: q.values.map((v) => ({
        uid: nextUid++,
        key: v.key,
        name: v.name,
        keyTouched: true,
        translations: Object.fromEntries(Object.entries(v.translations).map(([l, t]) => [l, t ?? ""])),
      })),
      translations: Object.fromEntries(
        Object.entries(q.translations).map(([l, t]) => [
          l,
          { prompt: t.prompt ?? "", helpText: t.helpText ?? "" },
        ]),
      ),
    })),
    translations: Object.fromEntries(
      Object.entries(s?.translations ?? {}).map(([l, t]) => [
        l,
        { name: t.name ?? "", description: t.description ?? "", group: t.group ?? "" },
      ]),
    ),
  };
}

const num = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text));

/** The API's input for the draft; numbers that are not numbers are sent as such, for the server to name. */
export function inputFrom(d: ServiceDraft): ServiceInput {
  const isList = (t: QuestionDatatype) => t === "singlevaluelist" || t === "multivaluelist";
  return {
    code: d.code,
    name: d.name,
    group: d.group,
    description: d.description,
    keywords: d.keywords
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
    departmentCode: d.departmentCode,
    priority: d.priority as ServiceInput["priority"],
    sla: d.slaValue.trim() === "" ? null : { value: num(d.slaValue), unit: d.slaUnit as "business_days" },
    escalation: d.ownEscalation
      ? d.escalation.map((e) => ({
          level: num(e.level),
          minutesFromDue: num(e.minutesFromDue),
          label: e.label,
        }))
      : null,
    duplicateRadiusM: num(d.duplicateRadiusM),
    availableOnline: d.availableOnline,
    operatorInstructions: d.operatorInstructions,
    questions: d.questions.map((q) => ({
      code: q.code,
      datatype: q.datatype,
      prompt: q.prompt,
      helpText: q.helpText,
      required: q.required,
      values: isList(q.datatype)
        ? q.values.map((v) => ({ key: v.key, name: v.name, translations: v.translations }))
        : [],
      translations: q.translations,
    })),
    translations: d.translations,
  };
}

const LABELS: Record<string, [string, string]> = {
  code: ["Service code", "svc-code"],
  name: ["Name", "svc-name"],
  group: ["Group", "svc-group"],
  description: ["Description", "svc-description"],
  keywords: ["Keywords", "svc-keywords"],
  departmentCode: ["Department", "svc-department"],
  priority: ["Priority", "svc-priority"],
  sla: ["Target", "svc-sla-value"],
  "sla.value": ["Target", "svc-sla-value"],
  "sla.unit": ["Target unit", "svc-sla-unit"],
  duplicateRadiusM: ["Duplicate radius", "svc-radius"],
  operatorInstructions: ["Operator instructions", "svc-instructions"],
  questions: ["Questions", "add-question"],
  escalation: ["Escalation levels", "esc-own"],
};

/** Turns a server field path into a sentence and the id of the input to focus. */
export function describeProblem(d: ServiceDraft, field: string, message: string): Problem | null {
  const known = LABELS[field];
  if (known) return { field, target: known[1], text: `${known[0]}: ${message}` };
  const q = /^questions\.(\d+)\.(\w+)(?:\.(\d+)\.(\w+))?/.exec(field);
  if (q) {
    const question = d.questions[Number(q[1])];
    const n = Number(q[1]) + 1;
    if (!question) return null;
    const base = `q-${question.uid}`;
    if (q[2] === "values" && q[3] !== undefined)
      return {
        field,
        target: `${base}-v${q[3]}-${q[4] === "key" ? "key" : "name"}`,
        text: `Question ${n}, choice ${Number(q[3]) + 1}: ${q[4]} ${message}`,
      };
    if (q[2] === "values")
      return { field, target: `${base}-add-value`, text: `Question ${n} choices: ${message}` };
    if (q[2] === "translations")
      return { field, target: `${base}-prompt`, text: `Question ${n} translation: ${message}` };
    return {
      field,
      target: `${base}-${q[2] === "helpText" ? "help" : q[2]}`,
      text: `Question ${n} ${q[2] === "helpText" ? "help text" : q[2]}: ${message}`,
    };
  }
  const e = /^escalation\.(\d+)\.(\w+)/.exec(field);
  if (e)
    return {
      field,
      target: `esc-${e[1]}-${e[2]}`,
      text: `Escalation level row ${Number(e[1]) + 1} ${e[2] === "minutesFromDue" ? "minutes from due" : e[2]}: ${message}`,
    };
  const t = /^translations\.(\w+)/.exec(field);
  if (t) return { field, target: `tr-${t[1]}-name`, text: `Translation (${t[1]}): ${message}` };
  return null;
}
