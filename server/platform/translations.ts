import { and, eq, inArray, sql } from "drizzle-orm";
import { contentTranslations } from "../db/schema/index.js";
import type { DbOrTx } from "./db.js";

/** Translated fields of some entities: `map.get(key)?.get(field)`; empty for English (its text is the source). */
export async function translationsFor(
  db: DbOrTx,
  entity: string,
  keys: string[],
  language: string,
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (language === "en" || keys.length === 0) return out;
  const rows = await db
    .select({
      key: contentTranslations.entityKey,
      field: contentTranslations.field,
      text: contentTranslations.text,
    })
    .from(contentTranslations)
    .where(
      and(
        eq(contentTranslations.entity, entity),
        eq(contentTranslations.language, language),
        inArray(contentTranslations.entityKey, keys),
      ),
    );
  for (const r of rows) {
    const fields = out.get(r.key) ?? new Map<string, string>();
    fields.set(r.field, r.text);
    out.set(r.key, fields);
  }
  return out;
}

/** Inserts or replaces translations (seeds and, later, the admin screens). */
export async function saveTranslations(
  db: DbOrTx,
  rows: { entity: string; entityKey: string; field: string; language: string; text: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insert(contentTranslations)
      .values(rows.slice(i, i + 500))
      .onConflictDoUpdate({
        target: [
          contentTranslations.entity,
          contentTranslations.entityKey,
          contentTranslations.field,
          contentTranslations.language,
        ],
        set: { text: sql`excluded.text` },
      });
  }
}

/** The language a request asks for (`?lang=` first, then the first known Accept-Language tag), else English. */
export function requestLanguage(
  known: readonly string[],
  query: string | undefined,
  acceptLanguage: string | undefined,
): string {
  const pick = (tag: string | undefined) =>
    known.find((l) => l === tag?.trim().toLowerCase().split(/[-;]/)[0]);
  return (
    pick(query) ??
    (acceptLanguage ?? "")
      .split(",")
      .map(pick)
      .find((l) => l !== undefined) ??
    "en"
  );
}

/** A LIKE pattern for keys starting with `prefix`: codes contain `_`, a LIKE wildcard, so it is escaped. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, "\\$&")}%`;
}
