import { describe, expect, it } from "vitest";
import { buildCalendar, computeDueAt, type Sla } from "./sla.calendar.js";

const TZ = "America/New_York";
const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "16:30" }));
const cityHall = buildCalendar(TZ, weekdays, ["2026-11-26", "2026-12-25", "2027-01-01", "2026-03-09"]);
const allDay = buildCalendar(
  TZ,
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "23:59" })),
  [],
);

// [case, start (local wall time in New York, with offset), SLA, expected due (with offset)]
const cases: [string, string, Sla, string, typeof cityHall?][] = [
  [
    "2 business days from a Tuesday",
    "2026-11-10T10:00:00-05:00",
    { value: 2, unit: "business_days" },
    "2026-11-12T16:30:00-05:00",
  ],
  [
    "3 business days from a Friday skips the weekend",
    "2026-11-20T09:00:00-05:00",
    { value: 3, unit: "business_days" },
    "2026-11-25T16:30:00-05:00",
  ],
  [
    "3 business days over Thanksgiving",
    "2026-11-25T10:00:00-05:00",
    { value: 3, unit: "business_days" },
    "2026-12-01T16:30:00-05:00",
  ],
  [
    "created on Saturday counts from Monday",
    "2026-11-21T12:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2026-11-23T16:30:00-05:00",
  ],
  [
    "created after hours counts from the next day",
    "2026-11-10T22:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2026-11-11T16:30:00-05:00",
  ],
  [
    "4 business hours inside one day",
    "2026-11-10T09:00:00-05:00",
    { value: 4, unit: "business_hours" },
    "2026-11-10T13:00:00-05:00",
  ],
  [
    "4 business hours across the close",
    "2026-11-10T15:00:00-05:00",
    { value: 4, unit: "business_hours" },
    "2026-11-11T10:30:00-05:00",
  ],
  [
    "business hours created before opening",
    "2026-11-10T06:15:00-05:00",
    { value: 2, unit: "business_hours" },
    "2026-11-10T10:00:00-05:00",
  ],
  [
    "business hours from Friday evening to Monday",
    "2026-11-20T18:00:00-05:00",
    { value: 3, unit: "business_hours" },
    "2026-11-23T11:00:00-05:00",
  ],
  [
    "business hours across Christmas",
    "2026-12-24T15:30:00-05:00",
    { value: 2, unit: "business_hours" },
    "2026-12-28T09:00:00-05:00",
  ],
  [
    "8 business hours over the spring-forward weekend",
    "2026-03-06T12:00:00-05:00",
    { value: 8, unit: "business_hours" },
    "2026-03-10T11:30:00-04:00",
  ],
  [
    "business days into daylight time keep the local closing hour",
    "2026-03-06T12:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2026-03-10T16:30:00-04:00",
  ],
  [
    "business days out of daylight time",
    "2026-10-30T12:00:00-04:00",
    { value: 1, unit: "business_days" },
    "2026-11-02T16:30:00-05:00",
  ],
  [
    "calendar days keep wall-clock time across DST",
    "2026-10-31T10:00:00-04:00",
    { value: 2, unit: "calendar_days" },
    "2026-11-02T10:00:00-05:00",
  ],
  [
    "round-the-clock department: 8 hours overnight",
    "2026-11-01T20:00:00-05:00",
    { value: 8, unit: "business_hours" },
    "2026-11-02T04:00:00-05:00",
    allDay,
  ],
  [
    "round-the-clock department across fall-back night (real elapsed hours)",
    "2026-10-31T22:00:00-04:00",
    { value: 6, unit: "business_hours" },
    "2026-11-01T03:00:00-05:00",
    allDay,
  ],
];

describe("computeDueAt on a business calendar", () => {
  it.each(cases)("%s", (_name, start, sla, expected, cal = cityHall) => {
    expect(computeDueAt(new Date(start), sla, cal).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("uses Monday–Friday 8–17 when a department has no hours", () => {
    const cal = buildCalendar(TZ, [], []);
    expect(
      computeDueAt(
        new Date("2026-11-13T16:00:00-05:00"),
        { value: 2, unit: "business_hours" },
        cal,
      ).toISOString(),
    ).toBe(new Date("2026-11-16T09:00:00-05:00").toISOString());
  });
});
