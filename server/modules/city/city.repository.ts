import { eq } from "drizzle-orm";
import type { CityInfo } from "../../../common/contracts/city.js";
import { settings } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

const KEY = "city";

/** Shown until a city has set its own name. */
export const UNNAMED_CITY: Omit<CityInfo, "timeZone"> = {
  name: "Your city",
  state: null,
  phone311: "311",
  outsidePhone: null,
  webUrl: null,
  jurisdictionId: null,
};

/** The city's public facts, with the configured time zone. */
export async function getCity(db: DbOrTx, timeZone: string): Promise<CityInfo> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, KEY));
  return { ...UNNAMED_CITY, ...((row?.value as Partial<CityInfo> | undefined) ?? {}), timeZone };
}

/** Stores the city's public facts (the time zone stays configuration). */
export async function setCity(db: DbOrTx, city: Omit<CityInfo, "timeZone">): Promise<void> {
  await db
    .insert(settings)
    .values({ key: KEY, value: city })
    .onConflictDoUpdate({ target: settings.key, set: { value: city, updatedAt: new Date() } });
}
