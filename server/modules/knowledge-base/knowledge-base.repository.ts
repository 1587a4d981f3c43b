import { asc, eq } from "drizzle-orm";
import { agencies, synonyms } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

/** Every synonym group, as lists of terms. */
export async function synonymGroups(db: DbOrTx): Promise<string[][]> {
  const list = await db.select({ terms: synonyms.terms }).from(synonyms).orderBy(asc(synonyms.id));
  return list.map((r) => r.terms);
}

/** Active outside agencies, by name: where operators refer callers, with what to tell them. */
export async function listAgencies(db: DbOrTx) {
  return db
    .select({
      id: agencies.id,
      code: agencies.code,
      name: agencies.name,
      phone: agencies.phone,
      hours: agencies.hours,
      address: agencies.address,
      webUrl: agencies.webUrl,
      handles: agencies.handles,
      callerScript: agencies.callerScript,
    })
    .from(agencies)
    .where(eq(agencies.active, true))
    .orderBy(asc(agencies.name));
}
