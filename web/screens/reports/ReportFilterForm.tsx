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
        <div className={cell}>
          <Label htmlFor="report-interval">Count by</Label>
          <Select
            id="report-interval"
            name="interval"
            value={draft.interval ?? "day"}
            onChange={(e) => set("interval", e.target.value)}
          >
            {REPORT_INTERVALS.map((i) => (
              <option key={i} value={i}>
                {INTERVAL_LABELS[i]}
              </option>
            ))}
          </Select>
        </div>
        <div className={cell}>
          <Label htmlFor="report-channel">Channel</Label>
          <Select
            id="report-channel"
            name="channel"
            value={draft.channel ?? ""}
            onChange={(e) => set("channel", e.target.value)}
          >
            <option value="">All channels</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </Select>
        </div>
        {kind === "requests" ? (
          <>
            <div className={cell}>
              <Label htmlFor="report-department">Department</Label>
              <Select
                id="report-department"
                name="department"
                value={draft.department ?? ""}
                onChange={(e) => set("department", e.target.value)}
              >
                <option value="">All departments</option>
                {(departments.data ?? []).map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className={cell}>
              <Label htmlFor="report-service">Service type</Label>
              <Select
                id="report-service"
                name="service"
                value={draft.service ?? ""}
                onChange={(e) => set("service", e.target.value)}
              >
                <option value="">All service types</option>
                {(services.data ?? []).map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </div>
            <div className={cell}>
              <Label htmlFor="report-district">District</Label>
              <Select
                id="report-district"
                name="district"
                value={draft.district ?? ""}
                onChange={(e) => set("district", e.target.value)}
              >
                <option value="">All districts</option>
                {(districts.data ?? []).map((d) => (
                  <option key={d} value={d}>
                    {d}
                  </option>
                ))}
              </Select>
            </div>
          </>
        ) : (
          <div className={cell}>
            <Label htmlFor="report-operator">Operator</Label>
            <Select
              id="report-operator"
              name="operator"
              value={draft.operator ?? ""}
              onChange={(e) => set("operator", e.target.value)}
            >
              <option value="">All operators</option>
              {(staff.data ?? []).map((s) => (
                <option key={s.id} value={String(s.id)}>
                  {s.name}
                </option>
              ))}
            </Select>
          </div>
        )}
        <div className={`${cell} report-filters__apply`}>
          <Button type="submit">Apply</Button>
        </div>
      </form>
    </section>
  );
}
