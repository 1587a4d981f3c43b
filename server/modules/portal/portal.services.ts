import type { QuestionDatatype } from "../../../common/channels.js";
import type { DbOrTx } from "../../platform/db.js";
import { translationsFor } from "../../platform/translations.js";
import { listServices } from "../catalog/index.js";

/** A service as residents see it: no department, SLA or operator instructions. */
export interface PublicService {
  code: string;
  name: string;
  group: string;
  description: string | null;
  keywords: string[];
  questions: {
    code: string;
    datatype: QuestionDatatype;
    required: boolean;
    prompt: string;
    helpText: string | null;
    values: { key: string; name: string }[];
  }[];
}

/**
 * The services residents may request online, grouped as the catalog groups them, in `language` where the
 * city has translated its content (content_translations: `service`, `service_group`, `service_question`,
 * `service_value`), else in English.
 */
export async function publicServices(
  db: DbOrTx,
  language: string,
): Promise<{ groups: { name: string; services: PublicService[] }[] }> {
  const services = (await listServices(db)).filter((s) => s.active && s.availableOnline);
  const questionKeys = services.flatMap((s) => s.questions.map((q) => `${s.code}.${q.code}`));
  const valueKeys = services.flatMap((s) =>
    s.questions.flatMap((q) => q.values.map((v) => `${s.code}.${q.code}.${v.key}`)),
  );
  const groupNames = [...new Set(services.map((s) => s.groupName))];
  const [ts, tg, tq, tv] = await Promise.all([
    translationsFor(
      db,
      "service",
      services.map((s) => s.code),
      language,
    ),
    translationsFor(db, "service_group", groupNames, language),
    translationsFor(db, "service_question", questionKeys, language),
    translationsFor(db, "service_value", valueKeys, language),
  ]);
  const groupName = (g: string) => tg.get(g)?.get("name") ?? g;
  const groups = new Map<string, PublicService[]>();
  for (const s of services) {
    const t = ts.get(s.code);
    const out: PublicService = {
      code: s.code,
      name: t?.get("name") ?? s.name,
      group: groupName(s.groupName),
      description: t?.get("description") ?? s.description,
      keywords: s.keywords,
      questions: s.questions.map((q) => {
        const key = `${s.code}.${q.code}`;
        return {
          code: q.code,
          datatype: q.datatype,
          required: q.required,
          prompt: tq.get(key)?.get("prompt") ?? q.prompt,
          helpText: tq.get(key)?.get("help") ?? q.helpText,
          values: q.values.map((v) => ({
            key: v.key,
            name: tv.get(`${key}.${v.key}`)?.get("name") ?? v.name,
          })),
        };
      }),
    };
    const list = groups.get(s.groupName) ?? [];
    list.push(out);
    groups.set(s.groupName, list);
  }
  return { groups: [...groups].map(([name, list]) => ({ name: groupName(name), services: list })) };
}
