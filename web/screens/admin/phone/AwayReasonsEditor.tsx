import { Button, ErrorMessage, Fieldset, TextInput } from "@trussworks/react-uswds";
import { useState } from "react";
import { FormField } from "../../knowledge-base/FormField";
import type { Problem } from "../../knowledge-base/problems";

interface Props {
  reasons: string[];
  problems: Problem[];
  onChange: (reasons: string[]) => void;
}

/** The away reasons operators choose from: edit, reorder, remove, add. */
export function AwayReasonsEditor({ reasons, problems, onChange }: Props) {
  const [next, setNext] = useState("");
  const [status, setStatus] = useState("");
  const listProblem = problems.find((p) => p.field === "awayReasons");
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const copy = [...reasons];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    onChange(copy);
    setStatus(`${reasons[i]} moved to position ${j + 1} of ${reasons.length}.`);
  };
  const add = () => {
    const reason = next.trim();
    if (!reason) return;
    onChange([...reasons, reason]);
    setNext("");
    setStatus(`${reason} added.`);
  };
  return (
    <Fieldset legend="Away reasons" className="margin-top-2">
      <span className="usa-hint" id="phone-reasons-hint">
        What operators choose from when they set themselves away, in this order (for example break, lunch,
        training). Their time away is reported by reason.
      </span>
      {listProblem ? <ErrorMessage id="phone-reasons-error">{listProblem.text}</ErrorMessage> : null}
      <ol className="usa-list usa-list--unstyled margin-top-1" data-testid="away-reasons">
        {reasons.map((reason, i) => {
          const problem = problems.find((p) => p.field === `awayReasons.${i}`);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons are edited in place; the position is the identity
            <li key={i} className="display-flex flex-align-end flex-wrap margin-bottom-1">
              <FormField id={`phone-reason-${i}`} label={`Reason ${i + 1}`} problem={problem}>
                {(wiring, invalid) => (
                  <TextInput
                    {...wiring}
                    name={`awayReason${i}`}
                    type="text"
                    className="margin-top-05"
                    value={reason}
                    validationStatus={invalid ? "error" : undefined}
                    onChange={(e) => onChange(reasons.map((r, k) => (k === i ? e.target.value : r)))}
                  />
                )}
              </FormField>
              <div className="margin-left-1">
                <Button
                  type="button"
                  unstyled
                  className="margin-right-1"
                  disabled={i === 0}
                  aria-label={`Move ${reason || `reason ${i + 1}`} up`}
                  onClick={() => move(i, -1)}
                >
                  Up
                </Button>
                <Button
                  type="button"
                  unstyled
                  className="margin-right-1"
                  disabled={i === reasons.length - 1}
                  aria-label={`Move ${reason || `reason ${i + 1}`} down`}
                  onClick={() => move(i, 1)}
                >
                  Down
                </Button>
                <Button
                  type="button"
                  unstyled
                  className="text-secondary-dark"
                  disabled={reasons.length === 1}
                  aria-label={`Remove ${reason || `reason ${i + 1}`}`}
                  onClick={() => {
                    onChange(reasons.filter((_, k) => k !== i));
                    setStatus(`${reason || `Reason ${i + 1}`} removed.`);
                  }}
                >
                  Remove
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="display-flex flex-align-end flex-wrap">
        <FormField id="phone-new-reason" label="New reason" problem={undefined}>
          {(wiring) => (
            <TextInput
              {...wiring}
              name="newReason"
              type="text"
              className="margin-top-05"
              maxLength={40}
              value={next}
              onChange={(e) => setNext(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  add();
                }
              }}
            />
          )}
        </FormField>
        <Button
          type="button"
          outline
          className="margin-left-1"
          disabled={!next.trim() || reasons.length >= 20}
          onClick={add}
        >
          Add reason
        </Button>
      </div>
      <p className="usa-sr-only" aria-live="polite">
        {status}
      </p>
    </Fieldset>
  );
}
