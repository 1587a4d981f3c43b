import { Button, Select } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { PRIORITIES } from "../../../../common/channels.js";
import type { RoutingRule } from "../../../../common/contracts/routing.js";
import { type RuleDraft, useDistricts, useSaveRule } from "../../../api/adminRouting";
import { useDepartments, useServices } from "../../../api/catalog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";

const LABELS: Record<string, string> = {
  serviceCode: "Service",
  district: "District",
  priority: "Priority",
  departmentCode: "Department",
};

/** Adds a routing rule, or edits `rule`; `onDone` gets a sentence to announce. */
export function RuleForm({ rule, onDone }: { rule?: RoutingRule; onDone: (message: string) => void }) {
  const services = useServices();
  const departments = useDepartments();
  const districts = useDistricts();
  const save = useSaveRule();
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<RuleDraft>(() => ({
    serviceCode: rule?.serviceCode ?? "",
    district: rule?.district ?? null,
    priority: rule?.priority ?? null,
    departmentCode: rule?.departmentCode ?? "",
  }));
  const prefix = rule ? `rule-${rule.id}` : "new-rule";
  const problems = problemsFrom(save.isError ? save.error : null, (field, message) =>
    LABELS[field] ? { field, target: `${prefix}-${field}`, text: `${LABELS[field]} ${message}` } : null,
  );
  const set = (patch: Partial<RuleDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(
      { id: rule?.id, draft },
      {
        onSuccess: (saved) => {
          onDone(
            `${rule ? "Rule saved" : "Rule added"}: ${saved.serviceName}${saved.district ? ` in ${saved.district}` : ""} goes to ${saved.departmentName}.`,
          );
          if (!rule) setDraft({ serviceCode: "", district: null, priority: null, departmentCode: "" });
        },
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };
  const polygons = (districts.data?.items ?? []).filter((d) => d.active);
  const wards = (districts.data?.addressWards ?? []).filter((w) => !polygons.some((p) => p.code === w));

  return (
    <form
      className="usa-form maxw-tablet"
      onSubmit={onSubmit}
      noValidate
      aria-label={rule ? "Edit rule" : "Add a rule"}
    >
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && !problems.length ? <ErrorAlert error={save.error} /> : null}
      <FormField id={`${prefix}-serviceCode`} label="Service" problem={problemOf(problems, "serviceCode")}>
        {(w) => (
          <Select
            {...w}
            name="serviceCode"
            value={draft.serviceCode}
            onChange={(e) => set({ serviceCode: e.target.value })}
          >
            <option value="">- Select a service -</option>
            {services.data?.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={`${prefix}-district`}
        label="District"
        hint="A district polygon, or a ward of the address list (used where no polygon covers the place)."
        problem={problemOf(problems, "district")}
      >
        {(w) => (
          <Select
            {...w}
            name="district"
            value={draft.district ?? ""}
            onChange={(e) => set({ district: e.target.value || null })}
          >
            <option value="">Any district</option>
            {polygons.length ? (
              <optgroup label="District polygons">
                {polygons.map((d) => (
                  <option key={d.code} value={d.code}>
                    {d.name === d.code ? d.code : `${d.name} (${d.code})`}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {wards.length ? (
              <optgroup label="Wards of the address list">
                {wards.map((w) => (
                  <option key={w} value={w}>
                    {w}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </Select>
        )}
      </FormField>
      <FormField id={`${prefix}-priority`} label="Priority" problem={problemOf(problems, "priority")}>
        {(w) => (
          <Select
            {...w}
            name="priority"
            value={draft.priority ?? ""}
            onChange={(e) => set({ priority: e.target.value || null })}
          >
            <option value="">Any priority</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p[0]!.toUpperCase() + p.slice(1)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id={`${prefix}-departmentCode`}
        label="Send to department"
        problem={problemOf(problems, "departmentCode")}
      >
        {(w) => (
          <Select
            {...w}
            name="departmentCode"
            value={draft.departmentCode}
            onChange={(e) => set({ departmentCode: e.target.value })}
          >
            <option value="">- Select a department -</option>
            {departments.data?.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" className="margin-top-2" aria-disabled={save.isPending}>
        {save.isPending ? "Saving…" : rule ? "Save rule" : "Add rule"}
      </Button>
      {rule ? (
        <Button type="button" outline className="margin-top-2" onClick={() => onDone("")}>
          Cancel
        </Button>
      ) : null}
    </form>
  );
}
