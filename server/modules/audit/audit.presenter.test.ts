import { describe, expect, it } from "vitest";
import { auditCsvLine, presentAuditRow } from "./audit.presenter.js";
import type { AuditRow } from "./audit.repository.js";

const row = (over: Partial<AuditRow>): AuditRow => ({
  src: "a",
  id: 1,
  at_key: "2026-11-27T15:00:00.123456Z",
  actor_user_id: 4,
  actor_label: "Alex Admin",
  action: "x.updated",
  entity: "x",
  entity_id: "1",
  data: {},
  body: null,
  ...over,
});

describe("audit presenter", () => {
  it("reads every shape commands record changes in", () => {
    const changes = (data: Record<string, unknown>) => presentAuditRow(row({ data })).changes;
    expect(changes({ rateLimitPerMinute: { from: 60, to: 75 } })).toEqual([
      { field: "rateLimitPerMinute", before: "60", after: "75" },
    ]);
    expect(changes({ changes: { name: { before: "Old", after: "New" } } })).toEqual([
      { field: "name", before: "Old", after: "New" },
    ]);
    expect(
      changes({ before: { name: "A", phone: "1" }, after: { name: "B", phone: "2", active: true } }),
    ).toEqual([
      { field: "name", before: "A", after: "B" },
      { field: "active", before: null, after: "true" },
    ]);
    // A rule edit records the stored row before and the input after: fields the input lacks did not change.
    expect(
      changes({
        before: { id: 7, serviceCode: "pothole", serviceName: "Pothole", departmentCode: "dpw", position: 2 },
        after: { serviceCode: "pothole", departmentCode: "water" },
      }),
    ).toEqual([{ field: "departmentCode", before: "dpw", after: "water" }]);
    // A creation recorded with `before: null`, a deletion with `before` only, a list before and after.
    expect(changes({ before: null, after: { date: "2027-01-01", name: "New Year's Day" } })).toEqual([
      { field: "date", before: null, after: "2027-01-01" },
      { field: "name", before: null, after: "New Year's Day" },
    ]);
    expect(changes({ before: { id: 3, date: "2027-01-01", name: "New Year's Day" } })).toEqual([
      { field: "date", before: "2027-01-01", after: null },
      { field: "name", before: "New Year's Day", after: null },
    ]);
    expect(changes({ before: ["08:30-16:30"], after: ["08:30-12:00", "13:00-16:30"] })).toEqual([
      { field: "value", before: "08:30-16:30", after: "08:30-12:00, 13:00-16:30" },
    ]);
    expect(changes({ after: { code: "dpw", keywords: ["road", "street"] } })).toEqual([
      { field: "code", before: null, after: "dpw" },
      { field: "keywords", before: null, after: "road, street" },
    ]);
  });

  it("never shows secrets or contact details a command put in data by mistake", () => {
    const shown = presentAuditRow(
      row({ data: { password: "x", email: { from: "a@b", to: "c@d" }, keyHash: "h", role: "admin" } }),
    );
    expect(shown.changes).toEqual([{ field: "role", before: null, after: "admin" }]);
  });

  it("shows residents as 'resident' and a status change in words, keeping the exact time's milliseconds", () => {
    const e = presentAuditRow(
      row({
        src: "e",
        actor_user_id: null,
        actor_label: "Resident (online)",
        action: "request.reopened",
        entity: "request",
        entity_id: "1000042",
        data: { from: "closed", to: "in_progress", label: "In progress", by: "resident" },
      }),
    );
    expect(e).toMatchObject({
      id: "e1",
      at: "2026-11-27T15:00:00.123Z",
      actor: { userId: null, label: "resident" },
    });
    expect(e.changes).toEqual([{ field: "status", before: "Closed", after: "In progress" }]);
    expect(auditCsvLine(e)).toBe(
      "2026-11-27T15:00:00.123Z,resident,,request.reopened,request,1000042,status: Closed → In progress,\r\n",
    );
  });
});
