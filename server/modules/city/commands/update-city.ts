import type { CitySettings } from "../../../../common/contracts/city.js";
import type { StaffActor } from "../../../platform/actor.js";
import { audit } from "../../../platform/audit.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { readCitySettings, setCity } from "../city.repository.js";

export interface CityCommandDeps {
  db: Db;
  actor: StaffActor;
  clock: Clock;
}

/** Each changed field's value before and after (settings are public facts, so the audit row may hold them). */
export function changedFields(
  before: CitySettings,
  after: Partial<CitySettings>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(after)) {
    const from = before[key as keyof CitySettings];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

/**
 * Saves the city's settings (all but the logo) with an audit row in the same transaction. Nothing is
 * written when nothing changed, so Open311's changeset only moves for real changes. Returns the changes.
 */
export async function updateCity(
  deps: CityCommandDeps,
  input: Omit<CitySettings, "logoUrl">,
): Promise<Record<string, { from: unknown; to: unknown }>> {
  return deps.db.transaction(async (tx) => {
    const { city: before } = await readCitySettings(tx, { forUpdate: true });
    const changes = changedFields(before, input);
    if (Object.keys(changes).length === 0) return changes;
    await setCity(tx, input, deps.clock.now());
    await audit(tx, deps.actor, "city.updated", "city", null, { changes });
    return changes;
  });
}
