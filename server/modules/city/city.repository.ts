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

/** The city's public facts, with the configured time zone. */
export async function getCity(db: DbOrTx, timeZone: string): Promise<CityInfo> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return { ...UNNAMED_CITY, ...((row?.value as Partial<CitySettings> | undefined) ?? {}), timeZone };
}

/** Stores the city's settings (the time zone stays configuration); fields not given keep their value. */
export async function setCity(db: DbOrTx, city: Partial<CitySettings>): Promise<void> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  const value = { ...UNNAMED_CITY, ...((row?.value as Partial<CitySettings> | undefined) ?? {}), ...city };
  await db
    .insert(settings)
    .values({ key: KEY, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });
}
