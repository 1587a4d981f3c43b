import { sql } from "drizzle-orm";
import type { StaffActor } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import type { FieldProblem } from "../../../platform/http.js";

/** What catalog changes need: the database (or the caller's transaction), the administrator and the time. */
export interface CatalogDeps {
  db: DbOrTx;
  actor: StaffActor;
  clock: Clock;
}

/** Throws one 400 naming every problem, so a form can show them all at once. */
export function throwIfProblems(problems: FieldProblem[]): void {
  if (problems.length)
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
}

/** The fields whose value changed, as { field: { before, after } }, for the audit record. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
      out[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return out;
}

/**
 * Rebuilds the search's spelling vocabulary so the console finds a new name at once. The same statement as
 * the knowledge base's refreshVocabulary: importing it would make a module cycle (it imports the catalog).
 */
export async function refreshSearchVocabulary(tx: DbOrTx): Promise<void> {
  await tx.execute(sql`refresh materialized view search_vocabulary`);
}
