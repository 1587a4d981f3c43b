import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeReasonFromText, localInstant, readCsv } from "./imports.csv-read.js";

/** All records of a CSV text, written to a temporary file and read back. */
async function records(text: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "csv-read-")), "t.csv");
  writeFileSync(file, text);
  const out = [];
  for await (const r of readCsv(file)) out.push(r);
  return out;
}

describe("readCsv", () => {
  it("reads quotes, doubled quotes, line breaks inside quotes, CRLF, a BOM and a missing last newline", async () => {
    const rows = await records('\uFEFFa,b,c\r\n1,"x, ""y""",\r\n2,"line\nbreak",z\n\n3,,"(42.1, -71.2)"');
    expect(rows.map((r) => r.fields)).toEqual([
      ["a", "b", "c"],
      ["1", 'x, "y"', ""],
      ["2", "line\nbreak", "z"],
      ["3", "", "(42.1, -71.2)"],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 6]);
    expect(rows[2]?.raw).toBe('2,"line\nbreak",z');
  });

  it("reads a file larger than one chunk the same as a small one", async () => {
    const body = Array.from({ length: 50_000 }, (_, i) => `${i},"name ${i}, with ""quotes""",${i * 2}`).join(
      "\n",
    );
    const rows = await records(`id,name,n\n${body}\n`);
    expect(rows).toHaveLength(50_001);
    expect(rows[40_000]).toEqual({
      line: 40_001,
      fields: ["39999", 'name 39999, with "quotes"', "79998"],
      raw: expect.any(String),
    });
  });
});

describe("localInstant", () => {
  it("reads US and ISO local times in the zone, through both daylight-saving changes", () => {
    expect(localInstant("01/14/2015 03:04:41 PM", "America/New_York")?.toISOString()).toBe(
      "2015-01-14T20:04:41.000Z",
    );
    expect(localInstant("07/14/2015 12:04:41 AM", "America/New_York")?.toISOString()).toBe(
      "2015-07-14T04:04:41.000Z",
    );
    expect(localInstant("2022-05-01T00:00:03.000", "America/New_York")?.toISOString()).toBe(
      "2022-05-01T04:00:03.000Z",
    );
    // Repeated hour: the first (daylight) one. Skipped hour: an hour later.
    expect(localInstant("11/01/2015 01:30:00 AM", "America/New_York")?.toISOString()).toBe(
      "2015-11-01T05:30:00.000Z",
    );
    expect(localInstant("03/08/2015 02:30:00 AM", "America/New_York")?.toISOString()).toBe(
      "2015-03-08T07:30:00.000Z",
    );
  });

  it("refuses what is not a date", () => {
    for (const text of [
      "",
      "02/30/2015 01:00:00 PM",
      "13/01/2015 01:00:00 PM",
      "01/01/2015 13:00:00 PM",
      "soon",
    ]) {
      expect(localInstant(text, "America/New_York")).toBeNull();
    }
  });
});

describe("closeReasonFromText", () => {
  it("reads duplicates, referrals, other jurisdictions and nothing to do; says nothing otherwise", () => {
    expect(closeReasonFromText("this is a duplicate to %1333022")).toBe("duplicate");
    expect(closeReasonFromText("Case referred to DCR. This is a state road.")).toBe("referred");
    expect(
      closeReasonFromText("This complaint does not fall under the Police Department's jurisdiction."),
    ).toBe("not_city_responsibility");
    expect(closeReasonFromText("Upon inspection, the reported condition was not found")).toBe(
      "no_action_needed",
    );
    expect(closeReasonFromText("parks crew did not find any bike")).toBe("no_action_needed");
    expect(closeReasonFromText("The tree was pruned")).toBeNull();
    expect(closeReasonFromText(null)).toBeNull();
  });
});
