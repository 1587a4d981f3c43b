import { asc } from "drizzle-orm";
import { synonyms } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

/** Every synonym group, as lists of terms. */
export async function synonymGroups(db: DbOrTx): Promise<string[][]> {
  const list = await db.select({ terms: synonyms.terms }).from(synonyms).orderBy(asc(synonyms.id));
  return list.map((r) => r.terms);
}
