import { index, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * The city's content in other languages: one row per (entity, key, field, language), e.g.
 * ("service", "pothole", "name", "es") → "Bache". English lives in the entities' own columns; a missing
 * row falls back to it.
 */
export const contentTranslations = pgTable(
  "content_translations",
  {
    entity: text("entity").notNull(),
    entityKey: text("entity_key").notNull(),
    field: text("field").notNull(),
    language: text("language").notNull(),
    text: text("text").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.entity, t.entityKey, t.field, t.language] }),
    index("content_translations_language_idx").on(t.language, t.entity),
  ],
);
