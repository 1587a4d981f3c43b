import { Button, Label, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { ROLE_LABELS, ROLES } from "../../../../common/roles.js";
import { NO_PEOPLE_FILTERS, type PeopleFilters } from "../../../api/adminPeople";
import { useDepartments } from "../../../api/catalog";

const cell = "grid-col-12 tablet:grid-col-6";

/** The people-list filters; applying them writes the query string, which is the single source of truth. */
export function PeopleFilterForm({
  filters,
  onApply,
}: {
  filters: PeopleFilters;
  onApply: (filters: PeopleFilters) => void;
}) {
  const [draft, setDraft] = useState<PeopleFilters>(filters);
  const departments = useDepartments();
  const set = (key: keyof PeopleFilters, value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <section aria-labelledby="people-filters-heading">
      <h3 id="people-filters-heading">Find people</h3>
      <form onSubmit={onSubmit}>
        <div className="grid-row grid-gap">
          <div className={cell}>
            <Label htmlFor="people-filter-q">Name or email</Label>
            <TextInput
              id="people-filter-q"
              name="q"
              type="search"
              maxLength={200}
              value={draft.q}
              onChange={(e) => set("q", e.target.value)}
            />
          </div>
          <div className={cell}>
            <Label htmlFor="people-filter-role">Role</Label>
            <Select
              id="people-filter-role"
              name="role"
              value={draft.role}
              onChange={(e) => set("role", e.target.value)}
            >
              <option value="">All roles</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="people-filter-department">Department</Label>
            <Select
              id="people-filter-department"
              name="department"
              value={draft.department}
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
            <Label htmlFor="people-filter-active">Status</Label>
            <Select
              id="people-filter-active"
              name="active"
              value={draft.active}
              onChange={(e) => set("active", e.target.value)}
            >
              <option value="">Active and deactivated</option>
              <option value="true">Active</option>
              <option value="false">Deactivated</option>
            </Select>
          </div>
        </div>
        <div className="margin-top-2">
          <Button type="submit">Apply filters</Button>
          <Button type="button" unstyled className="margin-left-2" onClick={() => onApply(NO_PEOPLE_FILTERS)}>
            Clear filters
          </Button>
        </div>
      </form>
    </section>
  );
}
