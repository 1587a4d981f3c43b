import { describe, expect, it } from "vitest";
import { type AnswerValue, type QuestionRule, validateAnswers } from "./catalog.answers.js";

const q = (code: string, datatype: QuestionRule["datatype"], required = false): QuestionRule => ({
  code,
  datatype,
  required,
  prompt: code,
  values: datatype.endsWith("list")
    ? [
        { key: "a", name: "A" },
        { key: "b", name: "B" },
      ]
    : [],
});

// [datatype, given, normalised value or undefined when refused, problem text when refused]
const table: [QuestionRule["datatype"], AnswerValue, AnswerValue | undefined, string?][] = [
  ["string", "  near the corner ", "near the corner"],
  ["string", "x".repeat(501), undefined, "at most 500"],
  ["string", 5, undefined, "must be text"],
  ["text", "line one\nline two", "line one\nline two"],
  ["number", 3, 3],
  ["number", "4.5", 4.5],
  ["number", "four", undefined, "must be a number"],
  ["datetime", "2026-11-20T08:30:00-05:00", "2026-11-20T08:30:00-05:00"],
  ["datetime", "2026-11-20", "2026-11-20"],
  ["datetime", "yesterday", undefined, "ISO 8601"],
  ["datetime", "2026-13-45T00:00:00Z", undefined, "real date"],
  ["singlevaluelist", "a", "a"],
  ["singlevaluelist", "c", undefined, "must be one of a, b"],
  ["singlevaluelist", ["a"], undefined, "must be one of"],
  ["multivaluelist", ["a", "b", "a"], ["a", "b"]],
  ["multivaluelist", "b", ["b"]],
  ["multivaluelist", ["a", "z"], undefined, "unknown choices z"],
];

describe("validateAnswers", () => {
  it.each(table)("%s given %j", (datatype, given, expected, problem) => {
    const result = validateAnswers([q("x", datatype)], { x: given });
    if (expected === undefined) {
      expect(result.problems).toEqual([{ field: "answers.x", message: expect.stringContaining(problem!) }]);
      expect(result.answers).toEqual({});
    } else {
      expect(result.problems).toEqual([]);
      expect(result.answers).toEqual({ x: expected });
    }
  });

  it("requires required answers, treats blanks as absent and rejects unknown questions", () => {
    const questions = [
      q("size", "singlevaluelist", true),
      q("notes", "text"),
      q("kinds", "multivaluelist", true),
    ];
    const result = validateAnswers(questions, { size: "", notes: "   ", kinds: [], colour: "red" });
    expect(result.problems.map((p) => p.field).sort()).toEqual([
      "answers.colour",
      "answers.kinds",
      "answers.size",
    ]);
    expect(result.answers).toEqual({});
  });
});
