import { describe, expect, it } from "vitest";
import { canTransition, describeStatus, REQUEST_STATUSES, type RequestStatus } from "./statuses.js";

// Every pair of statuses, with whether staff may move a request from the first to the second.
const table: [RequestStatus, RequestStatus, boolean][] = [
  ["new", "new", false],
  ["new", "acknowledged", true],
  ["new", "in_progress", true],
  ["new", "on_hold", true],
  ["new", "closed", true],
  ["acknowledged", "new", false],
  ["acknowledged", "acknowledged", false],
  ["acknowledged", "in_progress", true],
  ["acknowledged", "on_hold", true],
  ["acknowledged", "closed", true],
  ["in_progress", "new", false],
  ["in_progress", "acknowledged", false],
  ["in_progress", "in_progress", false],
  ["in_progress", "on_hold", true],
  ["in_progress", "closed", true],
  ["on_hold", "new", false],
  ["on_hold", "acknowledged", false],
  ["on_hold", "in_progress", true],
  ["on_hold", "on_hold", false],
  ["on_hold", "closed", true],
  ["closed", "new", false],
  ["closed", "acknowledged", true],
  ["closed", "in_progress", true],
  ["closed", "on_hold", false],
  ["closed", "closed", false],
];

describe("status transitions", () => {
  it("covers every pair of statuses", () => {
    expect(table).toHaveLength(REQUEST_STATUSES.length ** 2);
  });
  it.each(table)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
  it("never words a closed request as fixed unless it was fixed", () => {
    expect(describeStatus("closed", "duplicate")).toBe("Closed: Duplicate");
    expect(describeStatus("closed", "no_action_needed")).toBe("Closed: No action needed");
    expect(describeStatus("closed", "fixed")).toBe("Closed: Fixed");
    expect(describeStatus("on_hold", null)).toBe("On hold");
  });
});
