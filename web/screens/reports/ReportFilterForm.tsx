import { Button, Label, Select } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { CHANNEL_LABELS, CHANNELS } from "../../../common/channels.js";
import { REPORT_INTERVALS } from "../../../common/contracts/reports.js";
import { useDepartments, useServices, useStaff } from "../../api/catalog";
import type { ReportQuery } from "../../api/reports";
import { useDistricts } from "../../api/requests";

const INTERVAL_LABELS: Record<(typeof REPORT_INTERVALS)[number], string> = {
  hour: "Hour",
  day: "Day",
  week: "Week",
  month: "Month",
};

/** A local date `days` before today, as `YYYY-MM-DD`. */
function daysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The ranges people ask for most, with the interval that reads best for each. */
export const PRESETS: { label: string; range: () => ReportQuery }[] = [
  { label: "Today", range: () => ({ from: daysAgo(0), to: daysAgo(0), interval: "hour" }) },
  { label: "Last 7 days", range: () => ({ from: daysAgo(6), to: daysAgo(0), interval: "day" }) },
  { label: "Last 30 days", range: () => ({ from: daysAgo(29), to: daysAgo(0), interval: "day" }) },
  { label: "Last 90 days", range: () => ({ from: daysAgo(89), to: daysAgo(0), interval: "week" }) },
  {
    label: "Last 12 months",
    range: () => ({ from: daysAgo(364), to: daysAgo(0), interval: "month" }),
  },
];

const cell = "grid-col-12 mobile-lg:grid-col-6 desktop:grid-col-3";

interface Props {
  query: ReportQuery;
  /** Which filters apply to the report shown: contacts have no department, service or district. */
  kind: "requests" | "contacts";
  onApply: (query: ReportQuery) => void;
}

/** The date range and filters of a dashboard; applying writes the query string, the one source of truth. */
export function ReportFilterForm({ query, kind, onApply }: Props) {
  const [draft, setDraft] = useState<ReportQuery>(query);
  const services = useServices();
  const departments = useDepartments();
  const districts = useDistricts();
  const staff = useStaff("");
  const set = (key: keyof ReportQuery, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <section aria-labelledby="report-filters-heading" className="report-filters">
      <h2 id="report-filters-heading" className="usa-sr-only">
        Date range and filters
      </h2>
      <fieldset className="usa-fieldset report-presets">
        <legend className="usa-sr-only">Quick date ranges</legend>
        {PRESETS.map((p) => (
          <Button
            key={p.label}
            type="button"
            outline
            className="margin-top-1"
            onClick={() => {
              const next = { ...draft, ...p.range() };
              setDraft(next);
              onApply(next);
            }}
          >
            {p.label}
          </Button>
        ))}
      </fieldset>
      <form onSubmit={submit} className="grid-row grid-gap">
        <div className={cell}>
          <Label htmlFor="report-from">From</Label>
          <input
            className="usa-input"
            id="report-from"
            name="from"
            type="date"
            value={draft.from ?? ""}
            onChange={(e) => set("from", e.target.value)}
          />
        </div>
        <div className={cell}>
          <Label htmlFor="report-to">To</Label>
          <input
            className="usa-input"
            id="report-to"
            name="to"
            type="date"
            value={draft.to ?? ""}
            onChange={(e) => set("to", e.target.value)}
          />
        </div>
        <Choice
          name="interval"
          label="Count by"
          value={draft.interval ?? "day"}
          onChange={set}
          options={REPORT_INTERVALS.map((i) => [i, INTERVAL_LABELS[i]])}
        />
        <Choice
          name="channel"
          label="Channel"
          all="All channels"
          value={draft.channel ?? ""}
          onChange={set}
          options={CHANNELS.map((c) => [c, CHANNEL_LABELS[c]])}
        />
        {kind === "requests" ? (
          <>
            <Choice
              name="department"
              label="Department"
              all="All departments"
              value={draft.department ?? ""}
              onChange={set}
              options={(departments.data ?? []).map((d) => [d.code, d.name])}
            />
            <Choice
              name="service"
              label="Service type"
              all="All service types"
              value={draft.service ?? ""}
              onChange={set}
              options={(services.data ?? []).map((x) => [x.code, x.name])}
            />
            <Choice
              name="district"
              label="District"
              all="All districts"
              value={draft.district ?? ""}
              onChange={set}
              options={(districts.data ?? []).map((d) => [d, d])}
            />
          </>
        ) : (
          <Choice
            name="operator"
            label="Operator"
            all="All operators"
            value={draft.operator ?? ""}
            onChange={set}
            options={(staff.data ?? []).map((x) => [String(x.id), x.name])}
          />
        )}
        <div className={`${cell} report-filters__apply`}>
          <Button type="submit">Apply</Button>
        </div>
      </form>
    </section>
  );
}

/** One labelled select of the filter form; `all` is the "no filter" choice. */
function Choice(props: {
  name: keyof ReportQuery;
  label: string;
  all?: string;
  value: string;
  onChange: (key: keyof ReportQuery, value: string) => void;
  options: [string, string][];
}) {
  return (
    <div className={cell}>
      <Label htmlFor={`report-${props.name}`}>{props.label}</Label>
      <Select
        id={`report-${props.name}`}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      >
        {props.all ? <option value="">{props.all}</option> : null}
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </div>
  );
}
