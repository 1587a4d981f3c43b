import { and, eq, inArray, like, or } from "drizzle-orm";
import { contentTranslations } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import type { FieldProblem } from "../../platform/http.js";
import { likePrefix } from "../../platform/translations.js";
import { getCity } from "../city/index.js";

export interface TranslationRow {
  entity: string;
  entityKey: string;
  field: string;
  language: string;
  text: string;
}

/** The city's enabled languages other than English (English is the entities' own text). */
export async function otherLanguages(db: DbOrTx): Promise<string[]> {
  const city = await getCity(db, "UTC");
  return city.languages.filter((l) => l !== "en");
}

/** Every stored translation of the given entity keys, in every language. */
export async function readTranslations(
  db: DbOrTx,
  entity: string,
  keys: string[],
  keyPrefix?: string,
): Promise<TranslationRow[]> {
  const byKey = keys.length ? inArray(contentTranslations.entityKey, keys) : undefined;
  const byPrefix = keyPrefix ? like(contentTranslations.entityKey, likePrefix(keyPrefix)) : undefined;
  const where = byKey && byPrefix ? or(byKey, byPrefix) : (byKey ?? byPrefix);
  if (!where) return [];
  return db
    .select({
      entity: contentTranslations.entity,
      entityKey: contentTranslations.entityKey,
      field: contentTranslations.field,
      language: contentTranslations.language,
      text: contentTranslations.text,
    })
    .from(contentTranslations)
    .where(and(eq(contentTranslations.entity, entity), where));
}

/** The text of one translated field, or null. */
export function pick(rows: TranslationRow[], key: string, field: string, language: string): string | null {
  return rows.find((r) => r.entityKey === key && r.field === field && r.language === language)?.text ?? null;
}

/**
 * Replaces the translations of an entity for the enabled languages: rows of languages the city no longer
 * offers are kept, so turning a language back on brings its text back.
 */
export async function replaceTranslations(
  tx: DbOrTx,
  entity: string,
  keyFilter: { keys?: string[]; prefix?: string },
  languages: string[],
  rows: TranslationRow[],
): Promise<void> {
  if (languages.length) {
    const byKey = keyFilter.keys?.length ? inArray(contentTranslations.entityKey, keyFilter.keys) : undefined;
    const byPrefix = keyFilter.prefix
      ? like(contentTranslations.entityKey, likePrefix(keyFilter.prefix))
      : undefined;
    const where = byKey && byPrefix ? or(byKey, byPrefix) : (byKey ?? byPrefix);
    if (where)
      await tx
        .delete(contentTranslations)
        .where(
          and(
            eq(contentTranslations.entity, entity),
            inArray(contentTranslations.language, languages),
            where,
          ),
        );
  }
  const keep = rows.filter((r) => languages.includes(r.language) && r.text.trim() !== "");
  if (keep.length) await tx.insert(contentTranslations).values(keep);
}

/** Problems for translations given in a language the city does not offer. */
export function languageProblems(
  translations: Record<string, unknown>,
  languages: string[],
  field: string,
): FieldProblem[] {
  return Object.keys(translations)
    .filter((l) => !languages.includes(l))
    .map((l) => ({
      field: `${field}.${l}`,
      message: `is a language the city does not offer (enabled: ${languages.join(", ") || "English only"})`,
    }));
}
