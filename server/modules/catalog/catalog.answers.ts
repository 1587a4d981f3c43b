import type { QuestionDatatype } from "../../../common/channels.js";
import type { FieldProblem } from "../../platform/http.js";

export interface QuestionRule {
  code: string;
  datatype: QuestionDatatype;
  required: boolean;
  prompt: string;
  values: { key: string; name: string }[];
}

export type AnswerValue = string | number | string[];

const LIMITS: Partial<Record<QuestionDatatype, number>> = { string: 500, text: 4000 };

function isBlank(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    (typeof v === "string" && v.trim() === "") ||
    (Array.isArray(v) && v.length === 0)
  );
}

function checkOne(q: QuestionRule, raw: AnswerValue): { value?: AnswerValue; problem?: string } {
  const keys = new Set(q.values.map((v) => v.key));
  switch (q.datatype) {
    case "string":
    case "text": {
      if (typeof raw !== "string") return { problem: "must be text" };
      const value = raw.trim();
      const limit = LIMITS[q.datatype]!;
      return value.length > limit ? { problem: `must be at most ${limit} characters` } : { value };
    }
    case "number": {
      const n =
        typeof raw === "number"
          ? raw
          : typeof raw === "string" && raw.trim() !== ""
            ? Number(raw)
            : Number.NaN;
      return Number.isFinite(n) ? { value: n } : { problem: "must be a number" };
    }
    case "datetime": {
      if (
        typeof raw !== "string" ||
        !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw.trim())
      ) {
        return { problem: "must be a date and time (ISO 8601)" };
      }
      const d = new Date(raw.trim());
      return Number.isNaN(d.getTime()) ? { problem: "must be a real date and time" } : { value: raw.trim() };
    }
    case "singlevaluelist": {
      if (typeof raw !== "string" || !keys.has(raw))
        return { problem: `must be one of ${[...keys].join(", ")}` };
      return { value: raw };
    }
    case "multivaluelist": {
      const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : null;
      if (!list) return { problem: "must be a list of choices" };
      const bad = list.filter((k) => !keys.has(k));
      if (bad.length)
        return { problem: `has unknown choices ${bad.join(", ")}; allowed: ${[...keys].join(", ")}` };
      return { value: [...new Set(list)] };
    }
  }
}

/**
 * Checks answers against a service's questions. Returns the normalised answers (blank ones dropped)
 * and one problem per offending field, named `answers.<code>`.
 */
export function validateAnswers(
  questions: QuestionRule[],
  answers: Record<string, AnswerValue>,
): { answers: Record<string, AnswerValue>; problems: FieldProblem[] } {
  const out: Record<string, AnswerValue> = {};
  const problems: FieldProblem[] = [];
  const byCode = new Map(questions.map((q) => [q.code, q]));
  for (const code of Object.keys(answers)) {
    if (!byCode.has(code))
      problems.push({ field: `answers.${code}`, message: "is not a question of this service" });
  }
  for (const q of questions) {
    const raw = answers[q.code];
    if (raw === undefined || isBlank(raw)) {
      if (q.required) problems.push({ field: `answers.${q.code}`, message: `is required (${q.prompt})` });
      continue;
    }
    const { value, problem } = checkOne(q, raw);
    if (problem) problems.push({ field: `answers.${q.code}`, message: problem });
    else if (value !== undefined && !isBlank(value)) out[q.code] = value;
  }
  return { answers: out, problems };
}
