import { Button, Checkbox, Label, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useDepartments } from "../../api/catalog";
import type { ArticleFilters } from "../../api/knowledgeBase";

const EMPTY: ArticleFilters = { q: "", status: "", department: "", stale: false };
const cell = "grid-col-12 tablet:grid-col-4";

/** The article-list filters; applying them writes the query string, which is the single source of truth. */
export function ArticleFilterForm({
  filters,
  onApply,
}: {
  filters: ArticleFilters;
  onApply: (filters: ArticleFilters) => void;
}) {
  const [draft, setDraft] = useState<ArticleFilters>(filters);
  const departments = useDepartments();
  const set = <K extends keyof ArticleFilters>(key: K, value: ArticleFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const departmentKnown =
    draft.department === "" || (departments.data ?? []).some((d) => d.code === draft.department);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };

  return (
    <section aria-labelledby="kb-filters-heading">
      <h3 id="kb-filters-heading">Find articles</h3>
      <form onSubmit={onSubmit}>
        <div className="grid-row grid-gap">
          <div className={cell}>
            <Label htmlFor="kb-filter-q">Words</Label>
            <TextInput
              id="kb-filter-q"
              name="q"
              type="search"
              maxLength={200}
              value={draft.q}
              onChange={(e) => set("q", e.target.value)}
            />
          </div>
          <div className={cell}>
            <Label htmlFor="kb-filter-status">Status</Label>
            <Select
              id="kb-filter-status"
              name="status"
              value={draft.status}
              onChange={(e) => set("status", e.target.value as ArticleFilters["status"])}
            >
              <option value="">Drafts and published</option>
              <option value="draft">Drafts</option>
              <option value="published">Published</option>
            </Select>
          </div>
          <div className={cell}>
            <Label htmlFor="kb-filter-department">Department</Label>
            <Select
              id="kb-filter-department"
              name="department"
              value={draft.department}
              onChange={(e) => set("department", e.target.value)}
            >
              <option value="">All departments</option>
              {departmentKnown ? null : <option value={draft.department}>{draft.department}</option>}
              {(departments.data ?? []).map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <Checkbox
          id="kb-filter-stale"
          name="stale"
          value="true"
          label="Only articles past their review date"
          checked={draft.stale}
          onChange={(e) => set("stale", e.target.checked)}
        />
        <div className="margin-top-2">
          <Button type="submit">Apply filters</Button>
          <Button type="button" outline onClick={() => onApply(EMPTY)}>
            Clear filters
          </Button>
        </div>
      </form>
    </section>
  );
}
