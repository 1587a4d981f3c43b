import { ErrorMessage, FormGroup, Label } from "@trussworks/react-uswds";
import type { ReactNode } from "react";
import type { Problem } from "./problems";

/**
 * What an input spreads to tie itself to its hint and error: `id`, `aria-describedby`, `aria-invalid`. Whether
 * the field is in error comes as a second argument, for inputs that also draw their own error border.
 */
export interface FieldWiring {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
  problem: Problem | undefined;
  children: (wiring: FieldWiring, invalid: boolean) => ReactNode;
}

/** A USWDS form group: label, optional hint, the server's error for this field, then the input itself. */
export function FormField({ id, label, hint, optional, problem, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <FormGroup error={Boolean(problem)}>
      <Label htmlFor={id} error={Boolean(problem)} hint={optional ? " (optional)" : undefined}>
        {label}
      </Label>
      {hint ? (
        <span id={hintId} className="usa-hint">
          {hint}
        </span>
      ) : null}
      {problem ? <ErrorMessage id={errorId}>{problem.text}</ErrorMessage> : null}
      {children(
        { id, "aria-describedby": describedBy, "aria-invalid": problem ? true : undefined },
        Boolean(problem),
      )}
    </FormGroup>
  );
}
