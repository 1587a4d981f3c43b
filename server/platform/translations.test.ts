import { like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTranslations } from "../db/schema/index.js";
import { DB_KIND, freshDatabase } from "../test/database.js";
import type { Database } from "./db.js";
import { likePrefix, requestLanguage, saveTranslations, translationsFor } from "./translations.js";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe(`content translations on ${DB_KIND}`, () => {
  it("stores, replaces and reads translations per entity, key, field and language", async () => {
    await saveTranslations(database.db, [
      { entity: "service", entityKey: "pothole", field: "name", language: "es", text: "Bache" },
      { entity: "service", entityKey: "pothole", field: "name", language: "pt", text: "Buraco" },
      { entity: "service", entityKey: "graffiti", field: "name", language: "es", text: "Grafiti" },
    ]);
    await saveTranslations(database.db, [
      { entity: "service", entityKey: "pothole", field: "name", language: "es", text: "Bache en la calle" },
    ]);
    const es = await translationsFor(database.db, "service", ["pothole", "graffiti", "other"], "es");
    expect(es.get("pothole")?.get("name")).toBe("Bache en la calle");
    expect(es.get("graffiti")?.get("name")).toBe("Grafiti");
    expect(es.has("other")).toBe(false);
    expect((await translationsFor(database.db, "service", ["pothole"], "en")).size).toBe(0);
  });

  it("finds keys by prefix without reading _ as a wildcard (codes are full of _)", async () => {
    const row = (entityKey: string) => ({
      entity: "service_question",
      entityKey,
      field: "prompt",
      language: "es",
      text: "?",
    });
    await saveTranslations(database.db, [row("bulk_item.size"), row("bulkXitem.size")]);
    const found = await database.db
      .select({ key: contentTranslations.entityKey })
      .from(contentTranslations)
      .where(like(contentTranslations.entityKey, likePrefix("bulk_item.")));
    expect(found.map((f) => f.key)).toEqual(["bulk_item.size"]);
  });

  it("picks the language from ?lang=, then Accept-Language, else English", () => {
    const known = ["en", "es", "pt"];
    expect(requestLanguage(known, "pt", "es-US,es;q=0.9")).toBe("pt");
    expect(requestLanguage(known, undefined, "fr-FR, es-MX;q=0.8, en;q=0.5")).toBe("es");
    expect(requestLanguage(known, "de", "pt-BR")).toBe("pt");
    expect(requestLanguage(known, undefined, undefined)).toBe("en");
  });
});
