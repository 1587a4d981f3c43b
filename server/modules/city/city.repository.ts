import { eq } from "drizzle-orm";
import type { CityInfo, CitySettings } from "../../../common/contracts/city.js";
import { settings } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

const KEY = "city";

/** Shown until a city has set its own name. */
export const UNNAMED_CITY: CitySettings = {
  name: "Your city",
  state: null,
  phone311: "311",
  outsidePhone: null,
  email: null,
  address: null,
  hours: null,
  webUrl: null,
  jurisdictionId: null,
  logoUrl: null,
  primaryColor: null,
  languages: ["en", "es", "pt"],
  mapTileUrl: null,
  mapAttribution: null,
};

/** The stored settings (defaults filled in) and when they last changed; `forUpdate` locks the row. */
export async function readCitySettings(
  db: DbOrTx,
  opts: { forUpdate?: boolean } = {},
): Promise<{ city: CitySettings; updatedAt: Date | null }> {
  const query = db
    .select({ value: settings.value, updatedAt: settings.updatedAt })
    .from(settings)
    .where(eq(settings.key, KEY));
  const [row] = opts.forUpdate ? await query.for("update") : await query;
  const stored = (row?.value as Partial<CitySettings> | undefined) ?? {};
  return { city: { ...UNNAMED_CITY, ...stored }, updatedAt: row ? new Date(row.updatedAt) : null };
}

/** The city's public facts, with the configured time zone. */
export async function getCity(db: DbOrTx, timeZone: string): Promise<CityInfo> {
  const { city } = await readCitySettings(db);
  return { ...city, timeZone };
}

/**
 * Stores the city's settings (the time zone stays configuration); fields not given keep their value.
 * `updated_at` is Open311 discovery's `changeset`, shown to the second: each change moves it forward by at
 * least a second, so a client polling the changeset never misses two changes made in the same second.
 */
export async function setCity(db: DbOrTx, city: Partial<CitySettings>, at: Date = new Date()): Promise<void> {
  const before = await readCitySettings(db, { forUpdate: true });
  const value = { ...before.city, ...city };
  const previous = before.updatedAt?.getTime() ?? 0;
  const updatedAt = new Date(Math.max(at.getTime(), Math.floor(previous / 1000) * 1000 + 1000));
  await db
    .insert(settings)
    .values({ key: KEY, value, updatedAt })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt } });
}
