import { Button, Table, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { Holiday, HolidayCopyResult } from "../../../../common/contracts/calendar.js";
import { useCopyHolidays, useDeleteHoliday, useHolidays, useSaveHoliday } from "../../../api/adminCalendar";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";
import { ConfirmDelete } from "./ConfirmDelete";
import { StatusMessage } from "./StatusMessage";

/** The city's holidays of one year: add, edit, delete, and copy them to the next year. */
export function HolidaysPanel({ initialYear }: { initialYear: number }) {
  const [year, setYear] = useState(initialYear);
  const holidays = useHolidays(year);
  const remove = useDeleteHoliday();
  const copy = useCopyHolidays();
  const [editing, setEditing] = useState<Holiday | null>(null);
  const [message, setMessage] = useState("");
  const [copied, setCopied] = useState<HolidayCopyResult | null>(null);

  return (
    <section aria-labelledby="holidays-heading">
      <h3 id="holidays-heading">Holidays of {year}</h3>
      <p>No business time counts on a city holiday.</p>
      <ul className="usa-button-group">
        <li className="usa-button-group__item">
          <Button type="button" outline onClick={() => setYear((y) => y - 1)}>
            Show {year - 1}
          </Button>
        </li>
        <li className="usa-button-group__item">
          <Button type="button" outline onClick={() => setYear((y) => y + 1)}>
            Show {year + 1}
          </Button>
        </li>
      </ul>
      <StatusMessage message={message} />
      {holidays.isPending ? <Loading label="Loading holidays…" /> : null}
      {holidays.isError ? <ErrorAlert error={holidays.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {holidays.data?.length === 0 ? <p>No holidays in {year}.</p> : null}
      {holidays.data?.length ? (
        <Table fullWidth stackedStyle="headers" caption={`City holidays in ${year}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Holiday</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {holidays.data.map((h) => (
              <tr key={h.id}>
                <td data-label="Date">{formatDate(h.date)}</td>
                <th scope="row" data-label="Holiday">
                  {h.name}
                </th>
                <td data-label="Actions">
                  <ul className="usa-button-group">
                    <li className="usa-button-group__item">
                      <Button
                        type="button"
                        unstyled
                        onClick={() => setEditing(h)}
                        aria-label={`Edit ${h.name}`}
                      >
                        Edit
                      </Button>
                    </li>
                    <li className="usa-button-group__item">
                      <ConfirmDelete
                        what={`${h.name}, ${h.date}`}
                        onConfirm={() =>
                          remove.mutate(h.id, { onSuccess: () => setMessage(`${h.name} deleted.`) })
                        }
                      />
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <h4>{editing ? `Edit ${editing.name}` : "Add a holiday"}</h4>
      <HolidayForm
        key={editing?.id ?? "new"}
        holiday={editing}
        onDone={(m) => {
          setEditing(null);
          if (m) setMessage(m);
        }}
      />
      <h4>Next year</h4>
      <p>
        Copies each holiday of {year} to {year + 1}: holidays on a weekday of the month (Memorial Day,
        Thanksgiving…) keep their rule, fixed dates falling on a weekend are observed on Friday or Monday.
      </p>
      {copy.isError ? <ErrorAlert error={copy.error} /> : null}
      <Button
        type="button"
        aria-disabled={copy.isPending}
        onClick={() =>
          !copy.isPending && copy.mutate({ fromYear: year, toYear: year + 1 }, { onSuccess: setCopied })
        }
      >
        Copy {year}'s holidays to {year + 1}
      </Button>
      <div role="status" aria-live="polite" data-testid="copy-result">
        {copied ? (
          <div className="usa-summary-box margin-top-2">
            <div className="usa-summary-box__body">
              <p className="usa-summary-box__heading text-bold margin-top-0">
                {copied.added.length} added, {copied.skipped.length} already there.
              </p>
              <ul className="usa-list">
                {copied.added.map((a) => (
                  <li key={a.date}>
                    Added {a.name} on {formatDate(a.date)}
                  </li>
                ))}
                {copied.skipped.map((s) => (
                  <li key={`${s.from}-${s.date}`}>
                    Skipped {s.name}: {s.reason}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}

function formatDate(iso: string): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString("en-US", {
    weekday: "short",
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
}

const LABELS: Record<string, string> = { date: "Date", name: "Name" };

function HolidayForm({ holiday, onDone }: { holiday: Holiday | null; onDone: (m: string) => void }) {
  const save = useSaveHoliday();
  const [date, setDate] = useState(holiday?.date ?? "");
  const [name, setName] = useState(holiday?.name ?? "");
  const [attempt, setAttempt] = useState(0);
  const problems = problemsFrom(save.isError ? save.error : null, (field, message) =>
    LABELS[field] ? { field, target: `holiday-${field}`, text: `${LABELS[field]} ${message}` } : null,
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { id: holiday?.id, input: { date, name } },
      {
        onSuccess: (h) => {
          onDone(`${h.name} ${holiday ? "saved" : "added"} (${h.date}).`);
          if (!holiday) {
            setDate("");
            setName("");
          }
        },
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };
  return (
    <form
      className="usa-form"
      onSubmit={onSubmit}
      noValidate
      aria-label={holiday ? "Edit holiday" : "Add a holiday"}
    >
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && !problems.length ? <ErrorAlert error={save.error} /> : null}
      <FormField
        id="holiday-date"
        label="Date"
        hint="For example 2027-07-05"
        problem={problemOf(problems, "date")}
      >
        {(w, invalid) => (
          <input
            {...w}
            className={`usa-input${invalid ? " usa-input--error" : ""}`}
            name="date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
        )}
      </FormField>
      <FormField id="holiday-name" label="Name" problem={problemOf(problems, "name")}>
        {(w) => (
          <TextInput {...w} name="name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
        )}
      </FormField>
      <Button type="submit" className="margin-top-2" aria-disabled={save.isPending}>
        {holiday ? "Save holiday" : "Add holiday"}
      </Button>
      {holiday ? (
        <Button type="button" outline className="margin-top-2" onClick={() => onDone("")}>
          Cancel
        </Button>
      ) : null}
    </form>
  );
}
