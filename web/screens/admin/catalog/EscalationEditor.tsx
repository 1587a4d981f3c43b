import { Button, Fieldset, Radio, TextInput } from "@trussworks/react-uswds";
import { FormField } from "../../knowledge-base/FormField";
import { type Problem, problemOf } from "../../knowledge-base/problems";
import { type ServiceDraft, uid } from "./serviceDraft";

interface Props {
  draft: ServiceDraft;
  defaults: { level: number; minutesFromDue: number; label: string }[];
  problems: Problem[];
  onChange: (patch: Partial<ServiceDraft>) => void;
}

const minutes = (m: number) =>
  m === 0 ? "at the due time" : `${Math.abs(m)} min ${m < 0 ? "before" : "after"} due`;

/** Escalation levels: the city's defaults, or this service's own (level, minutes from due, label). */
export function EscalationEditor({ draft, defaults, problems, onChange }: Props) {
  const rows = draft.escalation;
  const setRow = (i: number, patch: Partial<(typeof rows)[number]>) =>
    onChange({ escalation: rows.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  return (
    <Fieldset legend="Escalation levels" className="margin-top-3">
      <p className="usa-hint">Supervisors are told when an open request reaches each level.</p>
      <Radio
        id="esc-default"
        name="escalation-mode"
        label="Use the city's default levels"
        checked={!draft.ownEscalation}
        onChange={() => onChange({ ownEscalation: false })}
      />
      {!draft.ownEscalation && defaults.length ? (
        <ul className="usa-list">
          {defaults.map((d) => (
            <li key={d.level}>
              Level {d.level}: {d.label} ({minutes(d.minutesFromDue)})
            </li>
          ))}
        </ul>
      ) : null}
      <Radio
        id="esc-own"
        name="escalation-mode"
        label="Set levels for this service"
        checked={draft.ownEscalation}
        onChange={() =>
          onChange({
            ownEscalation: true,
            // Start from the defaults, the usual place to begin adjusting.
            escalation: rows.length
              ? rows
              : defaults.map((d) => ({
                  uid: uid(),
                  level: String(d.level),
                  minutesFromDue: String(d.minutesFromDue),
                  label: d.label,
                })),
          })
        }
      />
      {draft.ownEscalation ? (
        <>
          {rows.map((r, i) => (
            <div key={r.uid} className="grid-row grid-gap-1 flex-align-end">
              <div className="grid-col-12 mobile-lg:grid-col-2">
                <FormField
                  id={`esc-${i}-level`}
                  label="Level"
                  problem={problemOf(problems, `escalation.${i}.level`)}
                >
                  {(w) => (
                    <TextInput
                      {...w}
                      name={`esc-${i}-level`}
                      type="text"
                      inputMode="numeric"
                      value={r.level}
                      onChange={(e) => setRow(i, { level: e.target.value })}
                    />
                  )}
                </FormField>
              </div>
              <div className="grid-col-12 mobile-lg:grid-col-4">
                <FormField
                  id={`esc-${i}-minutesFromDue`}
                  label="Minutes from due"
                  hint="Negative: before due"
                  problem={problemOf(problems, `escalation.${i}.minutesFromDue`)}
                >
                  {(w) => (
                    <TextInput
                      {...w}
                      name={`esc-${i}-minutes`}
                      type="text"
                      inputMode="numeric"
                      value={r.minutesFromDue}
                      onChange={(e) => setRow(i, { minutesFromDue: e.target.value })}
                    />
                  )}
                </FormField>
              </div>
              <div className="grid-col-12 mobile-lg:grid-col-4">
                <FormField
                  id={`esc-${i}-label`}
                  label="Label"
                  problem={problemOf(problems, `escalation.${i}.label`)}
                >
                  {(w) => (
                    <TextInput
                      {...w}
                      name={`esc-${i}-label`}
                      type="text"
                      value={r.label}
                      onChange={(e) => setRow(i, { label: e.target.value })}
                    />
                  )}
                </FormField>
              </div>
              <div className="grid-col-12 mobile-lg:grid-col-2">
                <Button
                  type="button"
                  unstyled
                  className="margin-bottom-1"
                  onClick={() => onChange({ escalation: rows.filter((_, j) => j !== i) })}
                >
                  Remove level row {i + 1}
                </Button>
              </div>
            </div>
          ))}
          <Button
            type="button"
            outline
            className="margin-top-1"
            onClick={() =>
              onChange({
                escalation: [
                  ...rows,
                  { uid: uid(), level: String(rows.length + 1), minutesFromDue: "0", label: "" },
                ],
              })
            }
          >
            Add a level
          </Button>
        </>
      ) : null}
    </Fieldset>
  );
}
