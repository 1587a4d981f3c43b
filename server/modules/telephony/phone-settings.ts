import { eq } from "drizzle-orm";
import {
  DEFAULT_PHONE_SETTINGS,
  type PhoneSettings,
  phoneSettings,
} from "../../../common/contracts/telephony.js";
import { settings } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

export const PHONE_SETTINGS_KEY = "phone";

/**
 * The phone line's settings: the stored ones over the defaults (30 s service level, English and Spanish
 * menus). A stored menu is taken whole, so a city that left Spanish out has no Spanish menu. A stored value
 * that no longer reads (an older shape) gives the defaults.
 */
export async function readPhoneSettings(db: DbOrTx): Promise<PhoneSettings> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, PHONE_SETTINGS_KEY))
    .limit(1);
  const stored = (row?.value ?? {}) as Partial<PhoneSettings>;
  const merged = {
    ...DEFAULT_PHONE_SETTINGS,
    ...stored,
    menu: stored.menu ?? DEFAULT_PHONE_SETTINGS.menu,
  };
  const parsed = phoneSettings.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_PHONE_SETTINGS;
}

/** Stores the phone line's settings whole, in the caller's transaction. */
export async function writePhoneSettings(db: DbOrTx, value: PhoneSettings, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key: PHONE_SETTINGS_KEY, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}
