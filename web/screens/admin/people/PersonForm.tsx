import { Button, Checkbox, ErrorMessage, Fieldset, Radio, Select, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { PersonSummary, PersonWithPassword } from "../../../../common/contracts/people.js";
import { ROLE_LABELS, ROLES, type Role } from "../../../../common/roles.js";
import { useCreatePerson, useUpdatePerson } from "../../../api/adminPeople";
import { useDepartments } from "../../../api/catalog";
import { ApiError } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { type Problem, problemOf, problemsFrom } from "../../knowledge-base/problems";
import { describePersonField, draftFromPerson, EMPTY_PERSON, type PersonDraft } from "./personDraft";

const ORDER = ["name", "email", "role", "departmentCodes", "password"];

function problemsOf(error: unknown): Problem[] {
  const problems = problemsFrom(error, describePersonField);
  // A conflict without field details (the last administrator) is shown as an alert instead.
  if (error instanceof ApiError && error.code === "conflict" && problems.length === 0) return [];
  return problems.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
}

interface PersonFormProps {
  /** The person being edited; absent for a new account. */
  person?: PersonSummary;
  onCreated?: (created: PersonWithPassword) => void;
  onSaved?: (saved: PersonSummary) => void;
}

/** Name, email, role, departments (and, for a new account, its first password), with per-field problems. */
export function PersonForm({ person, onCreated, onSaved }: PersonFormProps) {
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? 0);
  const save = person ? update : create;
  const departments = useDepartments();
  const [draft, setDraft] = useState<PersonDraft>(person ? draftFromPerson(person) : EMPTY_PERSON);
  const [attempt, setAttempt] = useState(0);
  const problems = save.isError ? problemsOf(save.error) : [];
  const problem = (field: string) => problemOf(problems, field);
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const toggle = (code: string, checked: boolean) =>
    set(
      "departmentCodes",
      checked ? [...draft.departmentCodes, code] : draft.departmentCodes.filter((c) => c !== code),
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    const body = {
      name: draft.name,
      email: draft.email,
      role: draft.role,
      departmentCodes: draft.departmentCodes,
    };
    const onError = () => setAttempt((n) => n + 1);
    if (person) update.mutate(body, { onSuccess: onSaved, onError });
    else {
      const password = draft.passwordChoice === "set" ? draft.password : "";
      create.mutate({ ...body, password }, { onSuccess: onCreated, onError });
    }
  };
  const deptProblem = problem("departmentCodes");

  return (
    <form className="usa-form maxw-tablet" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && problems.length === 0 ? <ErrorAlert error={save.error} /> : null}
      <FormField id="person-name" label="Name" problem={problem("name")}>
        {(wiring, invalid) => (
          <TextInput
            {...wiring}
            name="name"
            type="text"
            maxLength={200}
            autoComplete="off"
            value={draft.name}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("name", e.target.value)}
          />
        )}
      </FormField>
      <FormField id="person-email" label="Email" hint="They sign in with it." problem={problem("email")}>
        {(wiring, invalid) => (
          <TextInput
            {...wiring}
            name="email"
            type="email"
            maxLength={254}
            autoComplete="off"
            spellCheck={false}
            value={draft.email}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("email", e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="person-role"
        label="Role"
        hint="Operators take calls; supervisors also manage the knowledge base; department staff work their departments' requests; administrators configure the city."
        problem={problem("role")}
      >
        {(wiring, invalid) => (
          <Select
            {...wiring}
            name="role"
            value={draft.role}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("role", e.target.value as Role)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <div
        id="person-departments"
        tabIndex={-1}
        className={deptProblem ? "usa-form-group usa-form-group--error" : "usa-form-group"}
      >
        <Fieldset legend={draft.role === "department_staff" ? "Departments" : "Departments (optional)"}>
          <span className="usa-hint" id="person-departments-hint">
            Department staff see and work their departments' requests; they need at least one.
          </span>
          {deptProblem ? <ErrorMessage id="person-departments-error">{deptProblem.text}</ErrorMessage> : null}
          <div className="grid-row grid-gap">
            {(departments.data ?? []).map((d) => (
              <div key={d.code} className="grid-col-12 tablet:grid-col-6">
                <Checkbox
                  id={`person-department-${d.code}`}
                  name="departmentCodes"
                  value={d.code}
                  label={d.name}
                  checked={draft.departmentCodes.includes(d.code)}
                  onChange={(e) => toggle(d.code, e.target.checked)}
                />
              </div>
            ))}
          </div>
        </Fieldset>
      </div>
      {person ? null : (
        <Fieldset legend="First password" className="margin-top-3">
          <Radio
            id="person-password-generate"
            name="passwordChoice"
            value="generate"
            label="Generate a temporary password (shown once, after saving)"
            checked={draft.passwordChoice === "generate"}
            onChange={() => set("passwordChoice", "generate")}
          />
          <Radio
            id="person-password-set"
            name="passwordChoice"
            value="set"
            label="Set a password now"
            checked={draft.passwordChoice === "set"}
            onChange={() => set("passwordChoice", "set")}
          />
          {draft.passwordChoice === "set" ? (
            <FormField
              id="person-password"
              label="Password"
              hint="At least 10 characters."
              problem={problem("password")}
            >
              {(wiring, invalid) => (
                <TextInput
                  {...wiring}
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  maxLength={1024}
                  value={draft.password}
                  validationStatus={invalid ? "error" : undefined}
                  onChange={(e) => set("password", e.target.value)}
                />
              )}
            </FormField>
          ) : null}
        </Fieldset>
      )}
      <div className="margin-top-3">
        <Button type="submit" disabled={save.isPending}>
          {person ? "Save changes" : "Add person"}
        </Button>
        <Link className="usa-button usa-button--unstyled margin-left-2" to="/staff/admin/people">
          Cancel
        </Link>
      </div>
    </form>
  );
}
