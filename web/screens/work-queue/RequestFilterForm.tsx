import { Button, Checkbox, Fieldset, Label, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { RequestSort } from "../../../common/contracts/requests.js";
import { REQUEST_STATUSES, type RequestStatus, STATUS_LABELS } from "../../../common/statuses.js";
import { useDepartments, useServices } from "../../api/catalog";
import { EMPTY_FILTERS, type RequestFilters, useDistricts } from "../../api/requests";

interface RequestFilterFormProps {
  filters: RequestFilters;
  onApply: (filters: RequestFilters) => void;
}

const SORT_LABELS: Record<RequestSort, string> = {
  overdue: "Overdue first, then due date",
  due: "Due soonest",
  newest: "Newest first",
  oldest: "Oldest first",
};

const cell = "grid-col-12 tablet:grid-col-6 desktop:grid-col-4";

/** The request-list filters; applying them writes the query string, which is the single source of truth. */
export function RequestFilterForm({ filters, onApply }: RequestFilterFormProps) {
  const [draft, setDraft] = useState<RequestFilters>(filters);
  const services = useServices();
  const departments = useDepartments();
  const districts = useDistricts();

  const set = <K extends keyof RequestFilters>(key: K, value: RequestFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const toggleStatus = (status: RequestStatus, checked: boolean) =>
    set(
      "status",
      REQUEST_STATUSES.filter((s) => (s === status ? checked : draft.status.includes(s))),
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };

  const departmentKnown =
    draft.department === "" || (departments.data ?? []).some((d) => d.code === draft.department);
  const departmentExtraLabel = draft.department
    .split(",")
    .map((code) => departments.data?.find((d) => d.code === code)?.name ?? code)
    .join(", ");
  const serviceKnown = draft.service === "" || (services.data ?? []).some((s) => s.code === draft.service);
  const assigneeKnown = ["", "me", "unassigned"].includes(draft.assignee);
  const districtKnown = draft.district === "" || (districts.data ?? []).includes(draft.district);

  return (
    <section aria-labelledby="filters-heading" className="request-filters">
      <h2 id="filters-heading" className="margin-top-0">
        Filters
      </h2>
      <form onSubmit={onSubmit} className="request-filters__form">
        <Fieldset legend="Status" className="request-filters__statuses">
          {REQUEST_STATUSES.map((status) => (
            <Checkbox
              key={status}
              id={`filter-status-${status}`}
              name="status"
              value={status}
              label={STATUS_LABELS[status]}
              checked={draft.status.includes(status)}
              onChange={(e) => toggleStatus(status, e.target.checked)}
            />
          ))}
        </Fieldset>
        <div className="grid-row grid-gap">
          <div className={cell}>
            <Label htmlFor="filter-service">Service</Label>
            <Select
              id="filter-service"
              name="service"
              value={draft.service}
              onChange={(e) => set("service", e.target.value)}
            >
              <option value="">All services</option>
              {serviceKnown ? null : <option value={draft.service}>{draft.service}</option>}
              {(services.data ?? []).map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="filter-department">Department</Label>
            <Select
              id="filter-department"
              name="department"
              value={draft.department}
              onChange={(e) => set("department", e.target.value)}
            >
              <option value="">All departments</option>
              {departmentKnown ? null : <option value={draft.department}>{departmentExtraLabel}</option>}
              {(departments.data ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="filter-assignee">Assignee</Label>
            <Select
              id="filter-assignee"
              name="assignee"
              value={draft.assignee}
              onChange={(e) => set("assignee", e.target.value)}
            >
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="unassigned">Unassigned</option>
              {assigneeKnown ? null : <option value={draft.assignee}>Staff member #{draft.assignee}</option>}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="filter-district">District</Label>
            <Select
              id="filter-district"
              name="district"
              value={draft.district}
              onChange={(e) => set("district", e.target.value)}
            >
              <option value="">All districts</option>
              {districtKnown ? null : <option value={draft.district}>{draft.district}</option>}
              {(districts.data ?? []).map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="filter-sort">Sort</Label>
            <Select
              id="filter-sort"
              name="sort"
              value={draft.sort || "overdue"}
              onChange={(e) => {
                const sort = (Object.keys(SORT_LABELS) as RequestSort[]).find((s) => s === e.target.value);
                set("sort", sort === undefined || sort === "overdue" ? "" : sort);
              }}
            >
              {(Object.keys(SORT_LABELS) as RequestSort[]).map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="filter-q">Search</Label>
            <TextInput
              id="filter-q"
              name="q"
              type="search"
              value={draft.q}
              maxLength={200}
              onChange={(e) => set("q", e.target.value)}
            />
          </div>
          <div className={cell}>
            <Label htmlFor="filter-from">From</Label>
            <input
              className="usa-input"
              id="filter-from"
              name="from"
              type="date"
              value={draft.from}
              max={draft.to || undefined}
              onChange={(e) => set("from", e.target.value)}
            />
          </div>
          <div className={cell}>
            <Label htmlFor="filter-to">To</Label>
            <input
              className="usa-input"
              id="filter-to"
              name="to"
              type="date"
              value={draft.to}
              min={draft.from || undefined}
              onChange={(e) => set("to", e.target.value)}
            />
          </div>
        </div>
        <Checkbox
          id="filter-overdue"
          name="overdue"
          value="true"
          label="Overdue"
          checked={draft.overdue}
          onChange={(e) => set("overdue", e.target.checked)}
        />
        <div className="margin-top-2">
          <Button type="submit">Apply filters</Button>
          <Button type="button" outline onClick={() => onApply(EMPTY_FILTERS)}>
            Clear filters
          </Button>
        </div>
      </form>
    </section>
  );
}
