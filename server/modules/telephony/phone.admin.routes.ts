import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { PhoneArticleChoice } from "../../../common/contracts/articles.js";
import { type PhoneSettings, phoneSettings } from "../../../common/contracts/telephony.js";
import type { AdminDeps } from "../../platform/admin.js";
import { requireAdmin } from "../../platform/admin.js";
import { audit } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { articleExists, phoneArticleChoices } from "../knowledge-base/index.js";
import { readPhoneSettings, writePhoneSettings } from "./phone-settings.js";

type Changes = Record<string, { from: unknown; to: unknown }>;

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Each changed setting, before and after, by its path (`serviceLevelSeconds`, `menu.es.greeting`; a language
 * added or removed whole is `menu.es`). The settings are public words and numbers: the audit row may hold them.
 */
export function phoneChanges(before: unknown, after: unknown, prefix = ""): Changes {
  if (JSON.stringify(before) === JSON.stringify(after)) return {};
  if (isMap(before) && isMap(after)) {
    const out: Changes = {};
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
      Object.assign(out, phoneChanges(before[key], after[key], prefix ? `${prefix}.${key}` : key));
    return out;
  }
  return { [prefix]: { from: before ?? null, to: after ?? null } };
}

/** `/api/admin/phone`: the phone line's settings (service level, callbacks, the menu's words, away reasons). */
export async function phoneAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock } = deps;

  r.get("/api/admin/phone", async (request): Promise<PhoneSettings> => {
    requireAdmin(request);
    return readPhoneSettings(db);
  });

  /** The published articles "press 1" may read, for the screen's choice. */
  r.get("/api/admin/phone/articles", async (request): Promise<PhoneArticleChoice[]> => {
    requireAdmin(request);
    return phoneArticleChoices(db);
  });

  r.put("/api/admin/phone", { schema: { body: phoneSettings } }, async (request) => {
    const actor = requireAdmin(request);
    const next = request.body;
    const changed = await db.transaction(async (tx) => {
      if (!(await articleExists(tx, next.hoursArticle))) {
        const message = `No article has the address "${next.hoursArticle}"`;
        throw new AppError("validation_failed", message, [{ field: "hoursArticle", message }]);
      }
      const before = await readPhoneSettings(tx);
      const changes = phoneChanges(before, next);
      if (Object.keys(changes).length === 0) return changes;
      await writePhoneSettings(tx, next, clock.now());
      await audit(tx, actor, "phone.settings_updated", "phone_settings", null, { changes }, clock.now());
      return changes;
    });
    return { settings: await readPhoneSettings(db), changed: Object.keys(changed) };
  });
}
