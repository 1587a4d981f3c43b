import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentTranslations, serviceQuestions, serviceTypes } from "../../db/schema/index.js";
import { type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
});
afterAll(() => city?.close());

type Body = {
  groups: {
    name: string;
    services: {
      code: string;
      name: string;
      description: string;
      questions: {
        code: string;
        prompt: string;
        helpText: string | null;
        values: { key: string; name: string }[];
      }[];
    }[];
  }[];
};
const all = (b: Body) => b.groups.flatMap((g) => g.services);

describe(`portal services in three languages (${DB_KIND})`, () => {
  it("answers in the language asked for (?lang= or Accept-Language), English otherwise", async () => {
    const en: Body = (await city.app.inject({ method: "GET", url: "/api/public/services" })).json();
    const potholeEn = all(en).find((s) => s.code === "pothole")!;
    expect(potholeEn).toMatchObject({ name: "Pothole" });
    expect(potholeEn).not.toHaveProperty("operatorInstructions");
    expect(potholeEn).not.toHaveProperty("department");
    expect(en.groups.map((g) => g.name)).toContain("Streets & Sidewalks");
    for (const [lang, name, group, prompt, value, help] of [
      [
        "es",
        "Bache",
        "Calles y aceras",
        "¿Más o menos de qué tamaño es el bache?",
        "Más pequeño que un plato",
        "Procurador",
      ],
      [
        "pt",
        "Buraco na rua",
        "Ruas e calçadas",
        "Qual é mais ou menos o tamanho do buraco?",
        "Menor que um prato",
        "Procuradoria",
      ],
    ] as const) {
      for (const request of [
        { url: "/api/public/services", headers: { "accept-language": `${lang}-BR,en;q=0.5` } },
        { url: `/api/public/services?lang=${lang}`, headers: {} },
      ]) {
        const res = await city.app.inject({ method: "GET", ...request });
        expect(res.headers["content-language"]).toBe(lang);
        const body: Body = res.json();
        expect(body.groups.map((g) => g.name)).toContain(group);
        const s = all(body).find((x) => x.code === "pothole")!;
        expect(s.name).toBe(name);
        const size = s.questions.find((q) => q.code === "size")!;
        expect(size.prompt).toBe(prompt);
        expect(size.values[0]).toEqual({ key: "smaller_than_plate", name: value });
        expect(s.questions.find((q) => q.code === "vehicle_damage")!.helpText).toContain(help);
      }
    }
  });

  it("has a Spanish and a Portuguese text for every service, question, help text and value of the demo city", async () => {
    const db = city.database.db;
    const services = await db.select().from(serviceTypes);
    const questions = await db
      .select({ service: serviceTypes.code, q: serviceQuestions })
      .from(serviceQuestions)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceQuestions.serviceTypeId));
    for (const language of ["es", "pt"]) {
      const rows = await db
        .select()
        .from(contentTranslations)
        .where(and(eq(contentTranslations.language, language)));
      const have = new Set(rows.map((r) => `${r.entity}|${r.entityKey}|${r.field}`));
      const missing: string[] = [];
      const need = (entity: string, key: string, field: string) => {
        if (!have.has(`${entity}|${key}|${field}`)) missing.push(`${entity}|${key}|${field}`);
      };
      for (const s of services) {
        need("service", s.code, "name");
        need("service", s.code, "description");
        need("service_group", s.groupName, "name");
      }
      for (const { service, q } of questions) {
        need("service_question", `${service}.${q.code}`, "prompt");
        if (q.helpText) need("service_question", `${service}.${q.code}`, "help");
        for (const v of q.values) need("service_value", `${service}.${q.code}.${v.key}`, "name");
      }
      expect(missing, language).toEqual([]);
    }
  });
});
