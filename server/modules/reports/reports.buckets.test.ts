import { describe, expect, it } from "vitest";
import { bucketLabels } from "./reports.buckets.js";

const TZ = "America/New_York";

describe("report intervals", () => {
  it("label every local hour, once, across both changes of clocks", () => {
    const spring = bucketLabels({ from: "2026-03-08", to: "2026-03-08", interval: "hour" }, TZ);
    expect(spring).toHaveLength(23);
    expect(spring).not.toContain("2026-03-08T02");
    const autumn = bucketLabels({ from: "2026-11-01", to: "2026-11-01", interval: "hour" }, TZ);
    expect(autumn).toHaveLength(24); // 01:00 happens twice but is one label, as in SQL
    const year = bucketLabels({ from: "2026-01-01", to: "2026-12-31", interval: "hour" }, TZ);
    expect(year).toHaveLength(365 * 24 - 1);
    expect(new Set(year).size).toBe(year.length);
  });

  it("start weeks on Monday and months on the first, before the range if need be", () => {
    expect(bucketLabels({ from: "2026-10-01", to: "2026-10-12", interval: "week" }, TZ)).toEqual([
      "2026-09-28",
      "2026-10-05",
      "2026-10-12",
    ]);
    expect(bucketLabels({ from: "2026-10-15", to: "2026-12-01", interval: "month" }, TZ)).toEqual([
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
    ]);
  });
});
