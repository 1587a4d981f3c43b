import { Button, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { PRIORITIES } from "../../../../common/channels.js";
import { useRoutingTest } from "../../../api/adminRouting";
import { useServices } from "../../../api/catalog";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";

const LABELS: Record<string, string> = {
  serviceCode: "Service",
  address: "Address",
  lat: "Latitude",
  lng: "Longitude",
  priority: "Priority",
};

/** "Which department would get this?": asks the server, which decides exactly as request creation does. */
export function RoutingTester() {
  const services = useServices();
  const test = useRoutingTest();
  const [attempt, setAttempt] = useState(0);
  const [form, setForm] = useState({ serviceCode: "", address: "", lat: "", lng: "", priority: "" });
  const problems = problemsFrom(test.isError ? test.error : null, (field, message) =>
    LABELS[field] ? { field, target: `tester-${field}`, text: `${LABELS[field]} ${message}` } : null,
  );
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const number = (s: string) => (s.trim() === "" ? undefined : Number(s));
    test.mutate(
      {
        serviceCode: form.serviceCode,
        address: form.address.trim() || undefined,
        lat: number(form.lat),
        lng: number(form.lng),
        priority: form.priority || undefined,
      },
      { onError: () => setAttempt((n) => n + 1) },
    );
  };
  const answer = test.data;
  return (
    <form className="usa-form maxw-tablet" onSubmit={onSubmit} noValidate aria-labelledby="tester-heading">
      <h3 id="tester-heading">Which department would get this?</h3>
      <ErrorSummary problems={problems} attempt={attempt} />
      {test.isError && !problems.length ? <ErrorAlert error={test.error} /> : null}
      <FormField id="tester-serviceCode" label="Service" problem={problemOf(problems, "serviceCode")}>
        {(w) => (
          <Select
            {...w}
            name="serviceCode"
            value={form.serviceCode}
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
        id="tester-address"
        label="Address or intersection"
        optional
        hint="For example 12 Mill Street, or Main Street & Elm Street. Or give a point below."
        problem={problemOf(problems, "address")}
      >
        {(w) => (
          <TextInput
            {...w}
            name="address"
            type="text"
            value={form.address}
            onChange={(e) => set({ address: e.target.value })}
          />
        )}
      </FormField>
      <div className="grid-row grid-gap-2">
        <div className="tablet:grid-col-6">
          <FormField id="tester-lat" label="Latitude" optional problem={problemOf(problems, "lat")}>
            {(w) => (
              <TextInput
                {...w}
                name="lat"
                type="text"
                inputMode="decimal"
                value={form.lat}
                onChange={(e) => set({ lat: e.target.value })}
              />
            )}
          </FormField>
        </div>
        <div className="tablet:grid-col-6">
          <FormField id="tester-lng" label="Longitude" optional problem={problemOf(problems, "lng")}>
            {(w) => (
              <TextInput
                {...w}
                name="lng"
                type="text"
                inputMode="decimal"
                value={form.lng}
                onChange={(e) => set({ lng: e.target.value })}
              />
            )}
          </FormField>
        </div>
      </div>
      <FormField id="tester-priority" label="Priority" problem={problemOf(problems, "priority")}>
        {(w) => (
          <Select
            {...w}
            name="priority"
            value={form.priority}
            onChange={(e) => set({ priority: e.target.value })}
          >
            <option value="">The service's own priority</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {p[0]!.toUpperCase() + p.slice(1)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <Button type="submit" className="margin-top-2" aria-disabled={test.isPending}>
        {test.isPending ? "Asking…" : "Find the department"}
      </Button>
      <div role="status" aria-live="polite" className="margin-top-2" data-testid="tester-answer">
        {answer ? (
          <div className="usa-summary-box">
            <div className="usa-summary-box__body">
              <p className="usa-summary-box__heading text-bold margin-top-0">
                {answer.department.name} would get it.
              </p>
              <p className="margin-bottom-0">
                {answer.location.label ? `${answer.location.label}. ` : ""}
                District: {answer.district ?? "none"}. {answer.explanation}
              </p>
            </div>
          </div>
        ) : null}
      </div>
    </form>
  );
}
