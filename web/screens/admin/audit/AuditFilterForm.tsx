import { Button, Label, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { AuditQueryText } from "../../../api/adminAudit";
import { useAuditFacets } from "../../../api/adminAudit";
import { humanize } from "./auditText";

interface Props {
  query: AuditQueryText;
  onApply: (query: AuditQueryText) => void;
}

const cell = "grid-col-12 mobile-lg:grid-col-6 desktop:grid-col-3";

/** Who, what and when to show; applying writes the query string, the one source of truth. */
export function AuditFilterForm({ query, onApply }: Props) {
  const [draft, setDraft] = useState<AuditQueryText>(query);
  const facets = useAuditFacets();
  const set = (key: keyof AuditQueryText, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const field = (key: keyof AuditQueryText) => ({
    id: `audit-${key}`,
    name: key,
    value: draft[key] ?? "",
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  });

  return (
    <form className="usa-form maxw-full" onSubmit={submit} aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading" className="font-heading-md">
        Filters
      </h2>
      <div className="grid-row grid-gap">
        <div className={cell}>
          <Label htmlFor="audit-person">Person</Label>
          <Select {...field("person")}>
            <option value="">Anyone</option>
            {facets.data?.people.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.name}
              </option>
            ))}
            <option value="system">No staff member (system, residents, apps)</option>
          </Select>
        </div>
        <div className={cell}>
          <Label htmlFor="audit-entity">Object type</Label>
          <Select {...field("entity")}>
            <option value="">Any</option>
            {facets.data?.entities.map((e) => (
              <option key={e} value={e}>
                {humanize(e)}
              </option>
            ))}
          </Select>
        </div>
        <div className={cell}>
          <Label htmlFor="audit-entityId" hint=" (a request number, a service code…)">
            Object id
          </Label>
          <TextInput type="text" maxLength={100} autoComplete="off" {...field("entityId")} />
        </div>
        <div className={cell}>
          <Label htmlFor="audit-action">Action</Label>
          <Select {...field("action")}>
            <option value="">Any</option>
            {facets.data?.actions.map((a) => (
              <option key={a} value={a}>
                {humanize(a)}
              </option>
            ))}
          </Select>
        </div>
        <div className={cell}>
          <Label htmlFor="audit-from">From (day)</Label>
          <input className="usa-input" type="date" {...field("from")} />
        </div>
        <div className={cell}>
          <Label htmlFor="audit-to">To (day, included)</Label>
          <input className="usa-input" type="date" {...field("to")} />
        </div>
        <div className={cell}>
          <Label htmlFor="audit-q" hint=" (in actions, people and details)">
            Text
          </Label>
          <TextInput type="text" maxLength={200} autoComplete="off" {...field("q")} />
        </div>
      </div>
      <div className="margin-top-2">
        <Button type="submit">Show changes</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          Clear filters
        </Button>
      </div>
    </form>
  );
}
