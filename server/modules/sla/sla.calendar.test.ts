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

// Public Works in the demo city: Monday–Friday 7:00–15:30, with the city's 2027 holidays around February.
const dpw = buildCalendar(
  TZ,
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "07:00", closes: "15:30" })),
  ["2027-01-01", "2027-01-18", "2027-02-15", "2027-07-05", "2026-07-03"],
);
// A department with a lunch break and Saturday mornings.
const splitWeek = buildCalendar(
  TZ,
  [
    ...[1, 2, 3, 4, 5].flatMap((weekday) => [
      { weekday, opens: "08:00", closes: "12:00" },
      { weekday, opens: "13:00", closes: "17:00" },
    ]),
    { weekday: 6, opens: "09:00", closes: "12:00" },
  ],
  [],
);

// [case, start, SLA, expected due, calendar]
const more: [string, string, Sla, string, typeof dpw][] = [
  // The issue's "done when": 4:55 pm on the Friday before Presidents' Day, after Public Works has closed.
  // The day of receipt never counts; Monday is a holiday: Tuesday, Wednesday, Thursday at the 15:30 close.
  [
    "pothole (3 business days) at 4:55 pm on the Friday before a Monday holiday",
    "2027-02-12T16:55:00-05:00",
    { value: 3, unit: "business_days" },
    "2027-02-18T15:30:00-05:00",
    dpw,
  ],
  [
    "the same pothole in the morning of that Friday has the same due date (the day of receipt never counts)",
    "2027-02-12T09:00:00-05:00",
    { value: 3, unit: "business_days" },
    "2027-02-18T15:30:00-05:00",
    dpw,
  ],
  [
    "business hours at 4:55 pm on that Friday start on Tuesday morning",
    "2027-02-12T16:55:00-05:00",
    { value: 4, unit: "business_hours" },
    "2027-02-16T11:00:00-05:00",
    dpw,
  ],
  [
    "business hours just before the close carry the rest over the long weekend",
    "2027-02-12T15:00:00-05:00",
    { value: 2, unit: "business_hours" },
    "2027-02-16T08:30:00-05:00",
    dpw,
  ],
  [
    "created on a holiday counts from the next working day",
    "2027-01-18T10:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2027-01-19T15:30:00-05:00",
    dpw,
  ],
  [
    "business hours created on a holiday start the next morning",
    "2027-01-18T10:00:00-05:00",
    { value: 1, unit: "business_hours" },
    "2027-01-19T08:00:00-05:00",
    dpw,
  ],
  [
    "a Friday holiday and the weekend (Independence Day observed)",
    "2026-07-02T14:00:00-04:00",
    { value: 1, unit: "business_days" },
    "2026-07-06T15:30:00-04:00",
    dpw,
  ],
  [
    "created on Sunday night: business hours start Monday at opening",
    "2027-03-07T23:30:00-05:00",
    { value: 2, unit: "business_hours" },
    "2027-03-08T09:00:00-05:00",
    dpw,
  ],
  [
    "8 business hours are not one business day: a day holds 8.5 hours",
    "2026-11-10T10:00:00-05:00",
    { value: 8, unit: "business_hours" },
    "2026-11-11T09:30:00-05:00",
    cityHall,
  ],
  [
    "1 business day from the same instant runs to the next day's close",
    "2026-11-10T10:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2026-11-11T16:30:00-05:00",
    cityHall,
  ],
  [
    "business hours skip the lunch break",
    "2026-11-10T10:00:00-05:00",
    { value: 4, unit: "business_hours" },
    "2026-11-10T15:00:00-05:00",
    splitWeek,
  ],
  [
    "Saturday hours count as business time",
    "2026-11-13T16:00:00-05:00",
    { value: 2, unit: "business_hours" },
    "2026-11-14T10:00:00-05:00",
    splitWeek,
  ],
  [
    "a business day ends at the last span's close, and Saturday is a business day",
    "2026-11-13T16:00:00-05:00",
    { value: 1, unit: "business_days" },
    "2026-11-14T12:00:00-05:00",
    splitWeek,
  ],
  [
    "business hours over the fall-back weekend keep office hours on Monday",
    "2026-10-30T15:00:00-04:00",
    { value: 3, unit: "business_hours" },
    "2026-11-02T09:30:00-05:00",
    cityHall,
  ],
  [
    "round-the-clock department over the spring-forward night (the lost hour is not counted)",
    "2026-03-07T23:00:00-05:00",
    { value: 4, unit: "business_hours" },
    "2026-03-08T04:00:00-04:00",
    allDay,
  ],
  [
    "business days from the Friday before spring-forward, past the Monday holiday, keep the local close",
    "2026-03-06T16:55:00-05:00",
    { value: 2, unit: "business_days" },
    "2026-03-11T16:30:00-04:00",
    cityHall,
  ],
  [
    "calendar days ignore holidays and weekends",
    "2027-02-12T16:55:00-05:00",
    { value: 3, unit: "calendar_days" },
    "2027-02-15T16:55:00-05:00",
    dpw,
  ],
  [
    "an SLA of zero is due at once",
    "2026-11-10T10:00:00-05:00",
    { value: 0, unit: "business_days" },
    "2026-11-10T10:00:00-05:00",
    dpw,
  ],
];

describe("computeDueAt: holidays, after-hours, business hours against business days, DST", () => {
  it.each(more)("%s", (_name, start, sla, expected, cal) => {
    expect(computeDueAt(new Date(start), sla, cal).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("reads hours as local wall time: the same calendar in another zone gives another instant", () => {
    const west = buildCalendar("America/Los_Angeles", [{ weekday: 2, opens: "08:00", closes: "16:30" }], []);
    expect(
      computeDueAt(
        new Date("2026-11-10T07:00:00-08:00"),
        { value: 1, unit: "business_hours" },
        west,
      ).toISOString(),
    ).toBe("2026-11-10T17:00:00.000Z");
  });
});
