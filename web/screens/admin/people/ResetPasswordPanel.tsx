import { Alert, Button, ButtonGroup, Fieldset, Radio, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useRef, useState } from "react";
import type { PersonSummary } from "../../../../common/contracts/people.js";
import { useResetPassword } from "../../../api/adminPeople";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";
import { FocusBox } from "./FocusBox";
import { OneTimePassword } from "./OneTimePassword";
import { describePersonField } from "./personDraft";

/**
 * Reset password, behind a confirmation step: a generated temporary password shown once with a copy button,
 * or one the administrator types. The person's sessions end (an administrator resetting their own keeps this one).
 */
export function ResetPasswordPanel({ person, isSelf }: { person: PersonSummary; isSelf: boolean }) {
  const reset = useResetPassword(person.id);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<"generate" | "set">("generate");
  const [password, setPassword] = useState("");
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState("");
  const opener = useRef<HTMLButtonElement>(null);
  const problems = reset.isError ? problemsFrom(reset.error, describePersonField) : [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    reset.mutate(choice === "set" ? password : "", {
      onSuccess: (result) => {
        setOpen(false);
        setPassword("");
        setMessage(result.temporaryPassword ? "" : `The password for ${person.name} is changed.`);
      },
      onError: () => setAttempt((n) => n + 1),
    });
  };
  const generated = reset.data?.temporaryPassword;
  const ends = isSelf ? "Your other sessions end." : `${person.name} is signed out everywhere.`;

  if (!open)
    return (
      <>
        {generated ? (
          <OneTimePassword heading={`New password for ${person.name}`} password={generated} />
        ) : null}
        <p role="status">{message}</p>
        <Button
          type="button"
          outline
          ref={opener}
          onClick={() => {
            reset.reset();
            setMessage("");
            setOpen(true);
          }}
        >
          Reset password
        </Button>
      </>
    );
  return (
    <FocusBox testId="confirm-reset">
      <form className="usa-form maxw-tablet" onSubmit={onSubmit} noValidate aria-label="Reset password">
        <Alert type="info" headingLevel="h4" heading={`Reset the password for ${person.name}?`} slim={false}>
          Their current password stops working. {ends}
        </Alert>
        <ErrorSummary problems={problems} attempt={attempt} />
        {reset.isError && problems.length === 0 ? <ErrorAlert error={reset.error} /> : null}
        <Fieldset legend="New password">
          <Radio
            id="reset-generate"
            name="resetChoice"
            value="generate"
            label="Generate a temporary password (shown once)"
            checked={choice === "generate"}
            onChange={() => setChoice("generate")}
          />
          <Radio
            id="reset-set"
            name="resetChoice"
            value="set"
            label="Type a new password"
            checked={choice === "set"}
            onChange={() => setChoice("set")}
          />
        </Fieldset>
        {choice === "set" ? (
          <FormField
            id="person-password"
            label="New password"
            hint="At least 10 characters."
            problem={problemOf(problems, "password")}
          >
            {(wiring, invalid) => (
              <TextInput
                {...wiring}
                name="password"
                type="password"
                autoComplete="new-password"
                maxLength={1024}
                value={password}
                validationStatus={invalid ? "error" : undefined}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
        ) : null}
        <ButtonGroup className="margin-top-2">
          <Button type="submit" disabled={reset.isPending}>
            Reset password
          </Button>
          <Button
            type="button"
            outline
            onClick={() => {
              setOpen(false);
              reset.reset();
              setTimeout(() => opener.current?.focus());
            }}
          >
            Cancel
          </Button>
        </ButtonGroup>
      </form>
    </FocusBox>
  );
}
