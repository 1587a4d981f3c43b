import { Button, Checkbox, Fieldset, Select, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { PRIORITIES } from "../../../../common/channels.js";
import type { AdminService } from "../../../../common/contracts/admin-catalog.js";
import { useAdminDepartments, useDefaultEscalation, useSaveService } from "../../../api/adminCatalog";
import { useCity } from "../../../app/site";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";
import { EscalationEditor } from "./EscalationEditor";
import { QuestionsEditor } from "./QuestionsEditor";
import { ServicePreview } from "./ServicePreview";
import { ServiceTranslations } from "./ServiceTranslations";
import { codeFrom, describeProblem, draftFrom, inputFrom, type ServiceDraft } from "./serviceDraft";

const UNIT_LABELS = {
  business_hours: "business hours",
  business_days: "business days",
  calendar_days: "calendar days",
};

/** Every field of a service type, its questions, escalation levels and translations, beside a live preview. */
export function ServiceForm({
  service,
  onSaved,
}: {
  service: AdminService | undefined;
  onSaved: (s: AdminService) => void;
}) {
  const [draft, setDraft] = useState<ServiceDraft>(() => draftFrom(service));
  const [attempt, setAttempt] = useState(0);
  const save = useSaveService(service?.code);
  const departments = useAdminDepartments();
  const defaults = useDefaultEscalation();
  const city = useCity();
  const languages = (city?.languages ?? []).filter((l) => l !== "en");
  const problems = problemsFrom(save.error, (f, m) => describeProblem(draft, f, m));
  const p = (field: string) => problemOf(problems, field);
  const set = (patch: Partial<ServiceDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const status = (field: string) => (p(field) ? ("error" as const) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(inputFrom(draft), {
      onSuccess: onSaved,
      onError: () => setAttempt((a) => a + 1),
    });
  };
  const choices = (departments.data ?? []).filter((d) => d.active || d.code === service?.departmentCode);

  return (
    <div className="grid-row grid-gap-4">
      <form
        className="grid-col-12 desktop:grid-col-7 maxw-none"
        onSubmit={submit}
        noValidate
        aria-label={service ? `Edit ${service.name}` : "New service"}
      >
        <ErrorSummary problems={problems} attempt={attempt} />
        {save.error && problems.length === 0 ? <ErrorAlert error={save.error} /> : null}
        <FormField id="svc-name" label="Name" problem={p("name")}>
          {(w) => (
            <TextInput
              {...w}
              name="name"
              type="text"
              value={draft.name}
              validationStatus={status("name")}
              onChange={(e) =>
                set({
                  name: e.target.value,
                  ...(draft.codeTouched ? {} : { code: codeFrom(e.target.value) }),
                })
              }
            />
          )}
        </FormField>
        <FormField
          id="svc-code"
          label="Service code"
          hint={
            service
              ? "Open311 clients use it, so it cannot change."
              : "Used by Open311 clients; cannot change later."
          }
          problem={p("code")}
        >
          {(w) => (
            <TextInput
              {...w}
              name="code"
              type="text"
              value={draft.code}
              readOnly={Boolean(service)}
              validationStatus={status("code")}
              onChange={(e) => set({ code: e.target.value, codeTouched: true })}
            />
          )}
        </FormField>
        <FormField
          id="svc-group"
          label="Group"
          hint="Services are listed under their group, e.g. Streets, Parking."
          problem={p("group")}
        >
          {(w) => (
            <TextInput
              {...w}
              name="group"
              type="text"
              value={draft.group}
              validationStatus={status("group")}
              onChange={(e) => set({ group: e.target.value })}
            />
          )}
        </FormField>
        <FormField id="svc-description" label="Description" optional problem={p("description")}>
          {(w) => (
            <Textarea
              {...w}
              name="description"
              value={draft.description}
              onChange={(e) => set({ description: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id="svc-keywords"
          label="Keywords"
          optional
          hint="Words callers use, separated by commas; search finds the service by them."
          problem={p("keywords")}
        >
          {(w) => (
            <TextInput
              {...w}
              name="keywords"
              type="text"
              value={draft.keywords}
              onChange={(e) => set({ keywords: e.target.value })}
            />
          )}
        </FormField>
        <FormField
          id="svc-department"
          label="Department"
          hint="Requests go to this department unless a routing rule says otherwise."
          problem={p("departmentCode")}
        >
          {(w) => (
            <Select
              {...w}
              name="departmentCode"
              value={draft.departmentCode}
              validationStatus={status("departmentCode")}
              onChange={(e) => set({ departmentCode: e.target.value })}
            >
              <option value="">- Select -</option>
              {choices.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                  {d.active ? "" : " (retired)"}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <FormField id="svc-priority" label="Priority" problem={p("priority")}>
          {(w) => (
            <Select
              {...w}
              name="priority"
              value={draft.priority}
              onChange={(e) => set({ priority: e.target.value })}
            >
              {PRIORITIES.map((x) => (
                <option key={x} value={x}>
                  {x[0]!.toUpperCase() + x.slice(1)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Fieldset legend="Service level target" className="margin-top-3">
          <p className="usa-hint">How soon a request is due. Leave the number blank for no target.</p>
          <div className="grid-row grid-gap-2">
            <div className="grid-col-12 mobile-lg:grid-col-4">
              <FormField id="svc-sla-value" label="Due within" optional problem={p("sla.value") ?? p("sla")}>
                {(w) => (
                  <TextInput
                    {...w}
                    name="slaValue"
                    type="text"
                    inputMode="numeric"
                    value={draft.slaValue}
                    validationStatus={status("sla.value")}
                    onChange={(e) => set({ slaValue: e.target.value })}
                  />
                )}
              </FormField>
            </div>
            <div className="grid-col-12 mobile-lg:grid-col-8">
              <FormField id="svc-sla-unit" label="Unit" problem={p("sla.unit")}>
                {(w) => (
                  <Select
                    {...w}
                    name="slaUnit"
                    value={draft.slaUnit}
                    onChange={(e) => set({ slaUnit: e.target.value })}
                  >
                    {Object.entries(UNIT_LABELS).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </Select>
                )}
              </FormField>
            </div>
          </div>
        </Fieldset>
        <EscalationEditor
          draft={draft}
          defaults={service?.defaultEscalation ?? defaults.data ?? []}
          problems={problems}
          onChange={set}
        />
        <FormField
          id="svc-radius"
          label="Duplicate radius (metres)"
          hint="Open requests of this service this close are offered as possible duplicates."
          problem={p("duplicateRadiusM")}
        >
          {(w) => (
            <TextInput
              {...w}
              name="duplicateRadiusM"
              type="text"
              inputMode="numeric"
              value={draft.duplicateRadiusM}
              validationStatus={status("duplicateRadiusM")}
              onChange={(e) => set({ duplicateRadiusM: e.target.value })}
            />
          )}
        </FormField>
        <Checkbox
          id="svc-online"
          name="availableOnline"
          className="margin-top-3"
          label="Residents can request it online (portal and Open311)"
          checked={draft.availableOnline}
          onChange={(e) => set({ availableOnline: e.target.checked })}
        />
        <FormField
          id="svc-instructions"
          label="Operator instructions"
          optional
          hint="Shown to operators in the call console when they choose this service."
          problem={p("operatorInstructions")}
        >
          {(w) => (
            <Textarea
              {...w}
              name="operatorInstructions"
              value={draft.operatorInstructions}
              onChange={(e) => set({ operatorInstructions: e.target.value })}
            />
          )}
        </FormField>
        <QuestionsEditor
          questions={draft.questions}
          problems={problems}
          onChange={(questions) => set({ questions })}
        />
        <ServiceTranslations draft={draft} languages={languages} problems={problems} onChange={set} />
        <Button type="submit" className="margin-top-3" disabled={save.isPending}>
          {save.isPending ? "Saving…" : service ? "Save the service" : "Add the service"}
        </Button>
      </form>
      <div className="grid-col-12 desktop:grid-col-5 margin-top-2">
        <ServicePreview draft={draft} />
      </div>
    </div>
  );
}
