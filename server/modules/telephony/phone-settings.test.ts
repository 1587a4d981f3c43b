import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PHONE_SETTINGS } from "../../../common/contracts/telephony.js";
import type { Database } from "../../platform/db.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { readPhoneSettings, writePhoneSettings } from "./phone-settings.js";

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe(`the phone settings on ${DB_KIND}`, () => {
  it("are the defaults until a city saves its own", async () => {
    expect(await readPhoneSettings(database.db)).toEqual(DEFAULT_PHONE_SETTINGS);
  });

  it("take a stored menu whole: a city that leaves Spanish out has no Spanish menu", async () => {
    const { es: _es, ...menu } = DEFAULT_PHONE_SETTINGS.menu;
    await writePhoneSettings(
      database.db,
      { ...DEFAULT_PHONE_SETTINGS, serviceLevelSeconds: 20, menu },
      new Date(),
    );
    const read = await readPhoneSettings(database.db);
    expect(read.serviceLevelSeconds).toBe(20);
    expect(read.menu.es).toBeUndefined();
    expect(read.menu.en).toEqual(DEFAULT_PHONE_SETTINGS.menu.en);
  });

  it("fall back to the defaults when what is stored no longer reads", async () => {
    await writePhoneSettings(
      database.db,
      { ...DEFAULT_PHONE_SETTINGS, serviceLevelSeconds: -3 } as typeof DEFAULT_PHONE_SETTINGS,
      new Date(),
    );
    expect(await readPhoneSettings(database.db)).toEqual(DEFAULT_PHONE_SETTINGS);
  });
});
