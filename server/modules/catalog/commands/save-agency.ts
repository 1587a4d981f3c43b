import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { agencyInput } from "../../../../common/contracts/admin-catalog.js";
import { agencies } from "../../../db/schema/index.js";
import { audit } from "../../../platform/audit.js";
import { notFound } from "../../../platform/errors.js";
import type { FieldProblem } from "../../../platform/http.js";
import { type CatalogDeps, changedFields, refreshSearchVocabulary, throwIfProblems } from "./catalog-deps.js";

type Input = z.output<typeof agencyInput>;

function columns(input: Input) {
  return {
    name: input.name,
    phone: input.phone,
    hours: input.hours,
    address: input.address,
    webUrl: input.webUrl,
    handles: input.handles,
    callerScript: input.callerScript,
  };
}

/** Creates (no `code`) or edits an outside agency, in one audited transaction. */
export async function saveAgency(deps: CatalogDeps, input: Input, code?: string): Promise<string> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const problems: FieldProblem[] = [];
    const [existing] = await tx.select().from(agencies).where(eq(agencies.code, input.code));
    if (code === undefined && existing)
      problems.push({ field: "code", message: `is already used by the agency "${existing.name}"` });
    if (code !== undefined && input.code !== code)
      problems.push({ field: "code", message: "cannot change once the agency exists" });
    if (code !== undefined && !existing && input.code === code) throw notFound("Agency");
    throwIfProblems(problems);
    const values = columns(input);
    if (code === undefined) {
      await tx.insert(agencies).values({ code: input.code, ...values, createdAt: now, updatedAt: now });
      await audit(tx, deps.actor, "agency.create", "agency", input.code, { after: values }, now);
    } else {
      const before = columns(existing as Input);
      await tx
        .update(agencies)
        .set({ ...values, updatedAt: now })
        .where(eq(agencies.code, code));
      await audit(tx, deps.actor, "agency.update", "agency", code, changedFields(before, values), now);
    }
    await refreshSearchVocabulary(tx);
    return input.code;
  });
}

/** Retires (active false) or restores an agency; its articles and history keep pointing at it. */
export async function setAgencyActive(deps: CatalogDeps, code: string, active: boolean): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [row] = await tx.select().from(agencies).where(eq(agencies.code, code)).for("update");
    if (!row) throw notFound("Agency");
    if (row.active === active) return;
    await tx.update(agencies).set({ active, updatedAt: now }).where(eq(agencies.id, row.id));
    await audit(tx, deps.actor, active ? "agency.restore" : "agency.retire", "agency", code, {}, now);
  });
}
