import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../platform/paths.js";
import { bostonAddress, bostonClosure, parseBostonCsv } from "./imports.boston-csv.js";
import type { Rejected, SourceRequest } from "./imports.types.js";

const dir = path.resolve(projectRoot(), "..", "shared", "data", "311", "boston_311_2015_legacy_csv");
const present = existsSync(dir);
if (!present) console.warn(`Skipping the Boston legacy CSV tests: ${dir} is absent.`);

describe("Boston legacy CSV conversions", () => {
  it("reads CLOSURE_REASON codes, prefixes and free text into close reasons and notes", () => {
    expect(
      bostonClosure(
        "Case Closed. Closed date : 2015-07-08 12:23:45.847 Duplicate of Existing Case Same as #1",
      ),
    ).toEqual({ closeReason: "duplicate", notes: "Duplicate of Existing Case Same as #1" });
    expect(bostonClosure("Case Closed NOVIO: No Violation Found/No Cause").closeReason).toBe(
      "no_action_needed",
    );
    expect(bostonClosure("Case Closed ROA: Refer to Other Agency/Division").closeReason).toBe("referred");
    expect(bostonClosure("Case Closed Case Invalid Case created in error. Duplicate case.").closeReason).toBe(
      "duplicate",
    );
    expect(bostonClosure("Case Closed Case Invalid Opened in Error").closeReason).toBe("no_action_needed");
    expect(
      bostonClosure("Case Closed Case Noted  The BPRD does not maintain trees on private property.")
        .closeReason,
    ).toBe("not_city_responsibility");
    expect(bostonClosure("Case Closed Case Noted FORWARDED TO CONSTRUCTION").closeReason).toBe("referred");
    expect(bostonClosure("Case Closed Case Noted Street plowed").closeReason).toBe("fixed");
    // A resolved case stays fixed whatever its letter mentions.
    expect(bostonClosure("Case Closed Case Resolved half of a private tree was removed").closeReason).toBe(
      "fixed",
    );
    expect(bostonClosure("Case Closed :")).toEqual({ closeReason: "fixed", notes: null });
  });

  it("turns Location's doubled spaces into an address", () => {
    expect(bostonAddress("100-102 Brooks St  Brighton  MA  02135")).toBe(
      "100-102 Brooks St, Brighton, MA 02135",
    );
    expect(bostonAddress("INTERSECTION of Marshall St & Union St  Boston  MA")).toBe(
      "INTERSECTION of Marshall St & Union St, Boston, MA",
    );
    expect(bostonAddress("")).toBeNull();
  });
});

describe.skipIf(!present)("Boston legacy CSV, all 158 files", () => {
  const byId = new Map<string, SourceRequest>();
  const rejected: Rejected[] = [];
  const tally = new Map<string, number>();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

  beforeAll(async () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .sort()
      .map((f) => path.join(dir, f));
    expect(files).toHaveLength(158);
    for await (const row of parseBostonCsv(files)) {
      if (!row.ok) {
        rejected.push(row.rejected);
        count(`rejected: ${row.rejected.reason}`);
        continue;
      }
      const r = row.request;
      byId.set(r.sourceId, r);
      count(`${r.status}/${r.closeReason ?? "-"}`);
      count(`channel ${r.channel ?? "-"}`);
      if (r.lat === null) count("no point");
      if (r.dueAt) count("due");
    }
  }, 120_000);

  it("converts 120,948 rows and rejects 197, each with a reason", () => {
    expect(byId.size).toBe(120_948);
    expect(rejected).toHaveLength(197);
    expect(Object.fromEntries(tally)).toEqual({
      "rejected: CLOSED_DT before OPEN_DT": 197,
      "closed/fixed": 85_148,
      "closed/no_action_needed": 10_763,
      "closed/duplicate": 3_848,
      "closed/referred": 1_018,
      "closed/not_city_responsibility": 298,
      "new/-": 19_873,
      "channel phone": 62_284,
      "channel app": 18_838,
      "channel web": 12_305,
      "channel social": 61,
      "channel -": 27_460,
      "no point": 17_064,
      due: 94_097,
    });
  });

  it("reports a rejected row by file and line, with its raw text", () => {
    const row = rejected.find((r) => r.raw.includes(",101001426275,"));
    expect(row?.where).toMatch(/^Breathe Easy\.csv:\d+$/);
    expect(row?.reason).toBe("CLOSED_DT before OPEN_DT");
    expect(row?.raw).toContain("07/09/2015 02:51:24 PM");
  });

  it("reads local times across the spring change: opened in EST, closed and due in EDT", () => {
    const r = byId.get("101001326890")!;
    expect(r.createdAt.toISOString()).toBe("2015-03-08T00:15:19.000Z");
    expect(r.closedAt?.toISOString()).toBe("2015-03-09T17:17:12.000Z");
    expect(r.dueAt?.toISOString()).toBe("2015-03-10T12:30:00.000Z");
    expect(r).toMatchObject({
      sourceSystem: "boston-legacy",
      serviceCode: "Major System Failure",
      department: "PWDx",
      status: "closed",
      closeReason: "fixed",
      channel: "phone",
      lat: 42.3613,
      lng: -71.0571,
      address: "INTERSECTION of Marshall St & Union St, Boston, MA",
      description: "Major System Failure PRINTED",
    });
  });

  it("takes a time the autumn change repeats at its first (daylight) occurrence", () => {
    const r = byId.get("101001624970")!;
    expect(r.createdAt.toISOString()).toBe("2015-11-01T05:16:00.000Z");
    expect(r.closedAt?.toISOString()).toBe("2015-11-02T13:39:07.000Z");
    expect(r.address).toBe("2 Cutler Ct, South Boston, MA 02127");
  });

  it("nulls the default point, keeps the address and reads a duplicate", () => {
    const r = byId.get("101001424958")!;
    expect(r.createdAt.toISOString()).toBe("2015-07-08T03:25:00.000Z");
    expect(r).toMatchObject({
      status: "closed",
      closeReason: "duplicate",
      statusNotes: "Duplicate of Existing Case Same as #1424852.",
      channel: "app",
      department: "PARK",
      lat: null,
      lng: null,
      address: "21 Phillips St, Boston, MA 02114",
    });
  });

  it("keeps an open case open, without a place, with its due date", () => {
    const r = byId.get("101001324970")!;
    expect(r).toMatchObject({
      status: "new",
      closeReason: null,
      closedAt: null,
      channel: "web",
      lat: null,
      address: null,
      description: "Equipment Repair: Boston Common",
    });
    expect(r.createdAt.toISOString()).toBe("2015-03-05T16:57:45.000Z");
    expect(r.dueAt?.toISOString()).toBe("2015-03-12T15:57:44.000Z");
  });

  it("reads a staff-made case as no resident channel, and a noted case as no action needed", () => {
    const r = byId.get("101001242404")!;
    expect(r).toMatchObject({ channel: null, closeReason: "no_action_needed", department: "BTDT" });
    expect(r.createdAt.toISOString()).toBe("2015-01-05T17:40:41.000Z");
  });
});
