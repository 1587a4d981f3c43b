import { ApiError } from "../../api/client";

/** One problem to show beside a field and in the error summary; `target` is the id the summary links to. */
export interface Problem {
  field: string;
  target: string;
  text: string;
}

/** Supervisors and administrators keep the knowledge base; the server refuses everyone else. */
export function canEditKnowledgeBase(role: string): boolean {
  return role === "supervisor" || role === "admin";
}

/**
 * The server's field problems (`details: [{ field, message }]`) as sentences. `describe` turns a field path
 * such as `keywords.1` into the field's key, its input's id and the sentence to show; fields it does not
 * know come back as null and are shown as the server wrote them.
 */
export function problemsFrom(
  error: unknown,
  describe: (field: string, message: string) => Problem | null,
): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((detail: unknown) => {
    if (typeof detail !== "object" || detail === null) return [];
    const { field, message } = detail as { field?: unknown; message?: unknown };
    if (typeof field !== "string" || typeof message !== "string") return [];
    return [describe(field, message) ?? { field, target: "", text: `${field} ${message}` }];
  });
}

/** The first problem of a field, if any. */
export function problemOf(problems: Problem[], field: string): Problem | undefined {
  return problems.find((p) => p.field === field);
}
