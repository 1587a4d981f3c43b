import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../platform/paths.js";
import { parseNycCsv } from "./imports.nyc-csv.js";
import type { Rejected, SourceRequest } from "./imports.types.js";

const dir = path.resolve(projectRoot(), "..", "shared", "data", "311", "nyc_311_samples");
const present = existsSync(dir);
if (!present) console.warn(`Skipping the NYC 311 CSV tests: ${dir} is absent.`);

const FILES = {
  micro2011: "nyc311_2011_subset_micro_tuplex.csv",
  old2013: "nyc311_2013_52col_sample_tuplex.csv",
  pyboot2022: "nyc311_2022-05-01_sample_pyboot.csv",
};

describe.skipIf(!present)("NYC 311 CSV samples (41- and 52-column schemas)", () => {
  const byId = new Map<string, SourceRequest>();
  const rejected: Rejected[] = [];
  const tallies: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    for (const [key, file] of Object.entries(FILES)) {
      const tally: Record<string, number> = {};
      const count = (k: string) => {
        tally[k] = (tally[k] ?? 0) + 1;
      };
      for await (const row of parseNycCsv([path.join(dir, file)])) {
        if (!row.ok) {
          rejected.push(row.rejected);
          count(`rejected: ${row.rejected.reason}`);
          continue;
        }
        const r = row.request;
        byId.set(r.sourceId, r);
        count(`${r.status}/${r.closeReason ?? "-"}`);
        count(`channel ${r.channel ?? "-"}`);
      }
      tallies[key] = tally;
    }
  });

  it("converts 3,122 of the 3,123 rows, with exact counts by status, close reason and channel", () => {
    expect(byId.size).toBe(3_122);
    expect(tallies).toEqual({
      micro2011: {
        "rejected: Closed Date before Created Date": 1,
        "closed/fixed": 1_280,
        "closed/no_action_needed": 564,
        "closed/referred": 73,
        "closed/not_city_responsibility": 39,
        "acknowledged/-": 19,
        "on_hold/-": 24,
        "channel phone": 1_733,
        "channel web": 60,
        "channel -": 206,
      },
      old2013: {
        "closed/fixed": 83,
        "new/-": 91,
        "acknowledged/-": 15,
        "on_hold/-": 10,
        "channel -": 199,
      },
      pyboot2022: {
        "closed/fixed": 268,
        "closed/no_action_needed": 208,
        "closed/not_city_responsibility": 4,
        "in_progress/-": 440,
        "new/-": 4,
        "channel web": 501,
        "channel app": 280,
        "channel phone": 139,
        "channel -": 4,
      },
    });
  });

  it("rejects the 1900 closed date by file and line, with the raw row", () => {
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({
      where: `${FILES.micro2011}:1604`,
      reason: "Closed Date before Created Date",
      raw: expect.stringMatching(/^19944912,03\/02\/2011 10:40:12 AM,01\/01\/1900/),
    });
  });

  it("reads local times across the spring change: opened in EST, closed and due in EDT", () => {
    const r = byId.get("19937901")!;
    expect(r.createdAt.toISOString()).toBe("2011-03-01T15:41:13.000Z");
    expect(r.closedAt?.toISOString()).toBe("2011-03-15T20:14:19.000Z");
    expect(r.dueAt?.toISOString()).toBe("2011-03-15T21:32:23.000Z");
    expect(r).toMatchObject({
      sourceSystem: "nyc-311",
      serviceCode: "Street Sign - Dangling",
      serviceName: "Street Sign - Dangling",
      description: "Street Cleaning - ASP",
      department: "DOT",
      status: "closed",
      closeReason: "fixed",
      channel: "phone",
      address: "186 25 STREET, BROOKLYN, NY 11232",
      lat: 40.660811976282695,
      lng: -73.99859430999363,
      statusNotes: "The Department of Transportation has completed the request or corrected the condition.",
    });
  });

  it("mends the mojibake in resolution text and leaves N/A descriptors and missing places empty", () => {
    expect(byId.get("19937942")).toMatchObject({
      department: "DFTA",
      description: null,
      address: null,
      lat: null,
      lng: null,
      closeReason: "fixed",
      statusNotes:
        "The Department for the Aging contacted you and provided the assistance requested. No further updates will be available through 311. If further assistance is needed, please open a new Service Request.",
    });
  });

  it("writes an intersection as its two streets, and keeps a pending request open with its update time", () => {
    expect(byId.get("19937902")?.address).toBe("158 STREET & NORTHERN BOULEVARD, FLUSHING, NY 11358");
    const pending = byId.get("19938386")!;
    expect(pending).toMatchObject({ status: "on_hold", closeReason: null, closedAt: null });
    expect(pending.updatedAt?.toISOString()).toBe("2011-03-01T21:35:57.000Z");
  });

  it("reads the 2013 52-column schema by its header", () => {
    const r = byId.get("26589651")!;
    expect(r.createdAt.toISOString()).toBe("2013-10-31T06:08:41.000Z");
    expect(r.dueAt?.toISOString()).toBe("2013-10-31T14:08:41.000Z");
    expect(r).toMatchObject({
      status: "acknowledged",
      channel: null,
      department: "NYPD",
      serviceCode: "Noise - Street/Sidewalk",
      description: "Loud Talking",
      address: "90-03 169 STREET, JAMAICA, NY 99432",
      statusNotes: null,
    });
  });

  it("reads the 2022 channels and statuses", () => {
    const closed = byId.get("54046813")!;
    expect(closed.createdAt.toISOString()).toBe("2022-05-01T04:00:09.000Z");
    expect(closed.closedAt?.toISOString()).toBe("2022-05-01T04:07:46.000Z");
    expect(closed.updatedAt?.toISOString()).toBe("2022-05-01T04:07:53.000Z");
    expect(closed).toMatchObject({
      status: "closed",
      closeReason: "fixed",
      channel: "app",
      dueAt: null,
      address: "364 WEST 127 STREET, NEW YORK, NY 10027",
    });
    expect(byId.get("54049402")).toMatchObject({ status: "in_progress", channel: "web", closedAt: null });
  });
});
