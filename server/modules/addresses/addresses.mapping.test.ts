import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addresses } from "../../db/schema/index.js";
import type { Database } from "../../platform/db.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { addressMapping, csvRows } from "./addresses.mapping.js";
import { numberKey, parseAddress, streetVariants } from "./addresses.names.js";
import { geocode, importAddresses } from "./index.js";

const dir = mkdtempSync(path.join(tmpdir(), "civic311-mapping-"));
const csv = path.join(dir, "list.csv");
const rejectsFile = path.join(dir, "rejects.csv");
writeFileSync(
  csv,
  [
    "\uFEFFPID,HOUSE,STREET,APT,Y,X,WARD",
    '1,12,ELM STREET,,42.41,-71.32,"Ward 1"',
    "2,12,ELM STREET,2B,42.41,-71.32,Ward 1",
    "3,,ELM STREET,,42.41,-71.32,Ward 1",
    "4,14,ELM STREET,,,,Ward 2",
    "1,12,ELM STREET,,42.41,-71.32,Ward 1",
  ].join("\r\n"),
);
const mapping = addressMapping.parse({
  city: "Riverton",
  state: "MA",
  addresses: {
    id: "PID",
    number: "HOUSE",
    street: "STREET",
    unit: "APT",
    lat: "Y",
    lng: "X",
    district: "WARD",
  },
});

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database?.close());

describe(`address import with another city's column mapping on ${DB_KIND}`, () => {
  it("reads named columns, keeps the list's own coordinates and wards, rejects with reasons, and repeats cleanly", async () => {
    const run = () => importAddresses(database.db, { csvFile: csv, mapping, rejectsFile });
    const expected = {
      segments: { imported: 0, rejected: 0 },
      addresses: {
        rows: 5,
        imported: 2,
        rejected: {
          "no house number": 1,
          "street has no centerline": 1,
          "repeats an earlier row's source id": 1,
        },
      },
    };
    expect(await run()).toEqual(expected);
    expect(await run()).toEqual(expected);
    const rows = await database.db.select().from(addresses).orderBy(asc(addresses.id));
    expect(rows.map((r) => [r.sourceId, r.number, r.unit, r.streetName, r.fullAddress, r.district])).toEqual([
      ["1", "12", null, "Elm Street", "12 Elm Street", "Ward 1"],
      ["2", "12", "2B", "Elm Street", "12 Elm Street #2B", "Ward 1"],
    ]);
    expect(rows[0]).toMatchObject({ lat: 42.41, lng: -71.32, city: "Riverton", state: "MA", streetId: null });
    expect(readFileSync(rejectsFile, "utf8").split("\r\n")[1]).toBe(
      `${csv},4,no house number,"3,,ELM STREET,,42.41,-71.32,Ward 1"`,
    );
    expect(await geocode(database.db, "12 elm st")).toMatchObject({ kind: "address", id: rows[0]!.id });
  });

  it("stops before writing anything when the list lacks a mapped column", async () => {
    const wrong = addressMapping.parse({ ...mapping, addresses: { ...mapping.addresses, zip: "ZIPCODE" } });
    await expect(importAddresses(database.db, { csvFile: csv, mapping: wrong, rejectsFile })).rejects.toThrow(
      /has no column ZIPCODE/,
    );
  });
});

describe("address text", () => {
  it("parses numbers with suffixes and streets written either way", () => {
    expect(parseAddress("24-R Antrim St")).toEqual({ number: "24-R", house: 24, street: "antrim st" });
    expect(parseAddress("6 1/2 Acacia St")).toMatchObject({ number: "6-1/2", house: 6 });
    expect(parseAddress("8-1/2-R Ash Street Pl")).toMatchObject({
      number: "8-1/2-R",
      street: "ash street pl",
    });
    expect(parseAddress("7a Elm St, Cambridge, MA")).toMatchObject({ number: "7-A", street: "elm st" });
    expect(parseAddress("Broadway")).toEqual({ number: null, house: null, street: "broadway" });
    expect(numberKey("23-1")).not.toBe(numberKey("231"));
    expect(numberKey("24 r")).toBe(numberKey("24-R"));
    expect(streetVariants("Mass Ave")).toEqual(["mass ave", "mass avenue"]);
    expect([...csvRows('a,"b ""c"", d"\r\n\r\n1,"2\n3"\n')]).toEqual([
      ["a", 'b "c", d'],
      ["1", "2\n3"],
    ]);
  });
});
