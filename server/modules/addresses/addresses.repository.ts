import { eq } from "drizzle-orm";
import { addresses } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

/** One address of the master list by id, with its coordinates; null when there is none. */
export async function findAddress(db: DbOrTx, id: number) {
  const [row] = await db
    .select({
      id: addresses.id,
      fullAddress: addresses.fullAddress,
      lat: addresses.lat,
      lng: addresses.lng,
      district: addresses.district,
    })
    .from(addresses)
    .where(eq(addresses.id, id))
    .limit(1);
  return row ?? null;
}
