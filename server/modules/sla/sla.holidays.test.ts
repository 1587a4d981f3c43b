import { describe, expect, it } from "vitest";
import { moveHoliday } from "./sla.holidays.js";

// [source date, name, year, expected date, expected name]
const cases: [string, string, number, string, string][] = [
  ["2026-01-19", "Martin Luther King Jr. Day", 2027, "2027-01-18", "Martin Luther King Jr. Day"],
  ["2026-05-25", "Memorial Day", 2027, "2027-05-31", "Memorial Day"],
  ["2026-11-26", "Thanksgiving Day", 2028, "2028-11-23", "Thanksgiving Day"],
  ["2026-11-27", "Day after Thanksgiving", 2027, "2027-11-26", "Day after Thanksgiving"],
  ["2026-06-19", "Juneteenth", 2027, "2027-06-18", "Juneteenth (observed)"],
  ["2026-07-03", "Independence Day (observed)", 2027, "2027-07-05", "Independence Day (observed)"],
  ["2026-07-03", "Independence Day (observed)", 2028, "2028-07-04", "Independence Day"],
  ["2026-11-11", "Veterans Day", 2028, "2028-11-10", "Veterans Day (observed)"],
  ["2028-02-29", "Leap Day Festival", 2027, "2027-03-01", "Leap Day Festival (observed)"],
];

describe("moving a holiday to another year", () => {
  it.each(cases)("%s %s → %i", (date, name, year, expectedDate, expectedName) => {
    expect(moveHoliday(date, name, year)).toEqual({ date: expectedDate, name: expectedName });
  });

  it("leaves out a day observed for another year's holiday", () => {
    expect(moveHoliday("2027-12-31", "New Year's Day 2028 (observed)", 2028)).toBeNull();
  });
});
