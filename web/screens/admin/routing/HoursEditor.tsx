import { Button, Fieldset } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { DepartmentHours } from "../../../../common/contracts/calendar.js";
import { useSaveHours } from "../../../api/adminCalendar";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { problemsFrom } from "../../knowledge-base/problems";
import { StatusMessage } from "./StatusMessage";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
type Row = { key: number; weekday: number; opens: string; closes: string };
let nextKey = 1;

/** A department's week: any number of periods per day (a lunch break is two periods); saved as a whole. */
export function HoursEditor({ hours }: { hours: DepartmentHours }) {
  const save = useSaveHours(hours.department.code);
  const [rows, setRows] = useState<Row[]>(() => hours.periods.map((p) => ({ ...p, key: nextKey++ })));
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState("");
  // Problems name a period by its index in what was sent, which is `rows` in order.
  const problems = problemsFrom(save.isError ? save.error : null, (field, text) => {
    const [, index, part] = field.split(".");
    const row = rows[Number(index)];
    if (!row || (part !== "opens" && part !== "closes")) return null;
    const label = `${DAYS[row.weekday - 1]}, ${part === "opens" ? "opening" : "closing"} time`;
    return { field, target: `hours-${row.key}-${part}`, text: `${label} ${text}` };
  });
  const problemFor = (row: Row, part: string) =>
    problems.find((p) => p.target === `hours-${row.key}-${part}`);
  const setRow = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      rows.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      {
        onSuccess: () =>
          setMessage(`Working hours of ${hours.department.name} saved. New due dates use them now.`),
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };

  return (
    <form
      className="usa-form maxw-tablet"
      onSubmit={onSubmit}
      noValidate
      aria-label={`Working hours of ${hours.department.name}`}
    >
      <StatusMessage message={message} />
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && !problems.length ? <ErrorAlert error={save.error} /> : null}
      {hours.usingDefault && rows.length === 0 ? (
        <p>No hours set: due dates count Monday to Friday, 8:00 to 17:00.</p>
      ) : null}
      {DAYS.map((day, i) => {
        const weekday = i + 1;
        const periods = rows.filter((r) => r.weekday === weekday);
        return (
          <Fieldset key={day} legend={day} className="margin-top-2">
            {periods.length === 0 ? <p className="margin-y-1 text-base-dark">Closed</p> : null}
            {periods.map((r, n) => (
              <div key={r.key} className="grid-row grid-gap-2 flex-align-end">
                {(["opens", "closes"] as const).map((part) => {
                  const id = `hours-${r.key}-${part}`;
                  const problem = problemFor(r, part);
                  return (
                    <div
                      key={part}
                      className={`grid-col-6 tablet:grid-col-4${problem ? " usa-form-group--error" : ""}`}
                    >
                      <label className="usa-label" htmlFor={id}>
                        {part === "opens" ? "Opens" : "Closes"}
                        <span className="usa-sr-only">
                          {" "}
                          ({day}, period {n + 1})
                        </span>
                      </label>
                      {problem ? (
                        <span className="usa-error-message" id={`${id}-error`}>
                          {problem.text}
                        </span>
                      ) : null}
                      <input
                        id={id}
                        name={id}
                        type="time"
                        className={`usa-input${problem ? " usa-input--error" : ""}`}
                        value={r[part]}
                        aria-invalid={problem ? true : undefined}
                        aria-describedby={problem ? `${id}-error` : undefined}
                        onChange={(e) => setRow(r.key, { [part]: e.target.value })}
                      />
                    </div>
                  );
                })}
                <div className="grid-col-12 tablet:grid-col-4">
                  <Button
                    type="button"
                    unstyled
                    className="margin-top-1"
                    onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                  >
                    Remove
                    <span className="usa-sr-only">
                      {" "}
                      {day} period {n + 1}
                    </span>
                  </Button>
                </div>
              </div>
            ))}
            <Button
              type="button"
              unstyled
              className="margin-top-1"
              onClick={() => {
                const last = periods[periods.length - 1];
                const opens = last ? last.closes : "08:00";
                setRows((rs) => [...rs, { key: nextKey++, weekday, opens, closes: "17:00" }]);
              }}
            >
              Add a period<span className="usa-sr-only"> on {day}</span>
            </Button>
          </Fieldset>
        );
      })}
      <Button type="submit" className="margin-top-3" aria-disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save working hours"}
      </Button>
    </form>
  );
}
