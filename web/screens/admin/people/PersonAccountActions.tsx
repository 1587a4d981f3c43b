import { Alert, Button, ButtonGroup } from "@trussworks/react-uswds";
import { useRef, useState } from "react";
import type { PersonSummary } from "../../../../common/contracts/people.js";
import { useSetPersonActive } from "../../../api/adminPeople";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { FocusBox } from "./FocusBox";
import { ResetPasswordPanel } from "./ResetPasswordPanel";

/** Deactivate or reactivate, each behind a confirmation step. Nobody deactivates their own account. */
function ActiveToggle({ person, isSelf }: { person: PersonSummary; isSelf: boolean }) {
  const setActive = useSetPersonActive(person.id);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    setActive.reset();
    opener.current?.focus();
  };
  const confirm = () =>
    setActive.mutate(!person.active, {
      onSuccess: (saved) => {
        setConfirming(false);
        setDone(
          saved.active ? `${saved.name} can sign in again.` : `${saved.name} is deactivated and signed out.`,
        );
      },
    });

  if (isSelf && person.active)
    return <p>You cannot deactivate your own account. Another administrator can, if it is ever needed.</p>;
  return (
    <>
      <p role="status">{done}</p>
      {confirming ? (
        <FocusBox testId="confirm-active">
          <Alert
            type="warning"
            headingLevel="h4"
            heading={person.active ? `Deactivate ${person.name}?` : `Reactivate ${person.name}?`}
          >
            {person.active
              ? "They are signed out at once, everywhere, and cannot sign in until an administrator reactivates them. Their history stays."
              : "They can sign in again with their current password. Reset it if they do not know it."}
          </Alert>
          {setActive.isError ? <ErrorAlert error={setActive.error} /> : null}
          <ButtonGroup className="margin-top-2">
            <Button type="button" secondary={person.active} onClick={confirm} disabled={setActive.isPending}>
              {person.active ? "Yes, deactivate" : "Yes, reactivate"}
            </Button>
            <Button type="button" outline onClick={cancel}>
              Cancel
            </Button>
          </ButtonGroup>
        </FocusBox>
      ) : (
        <Button
          type="button"
          ref={opener}
          outline={!person.active}
          secondary={person.active}
          onClick={() => {
            setDone("");
            setConfirming(true);
          }}
        >
          {person.active ? "Deactivate" : "Reactivate"}
        </Button>
      )}
    </>
  );
}

/** The account's status and password: what an administrator does to an account rather than its details. */
export function PersonAccountActions({ person, isSelf }: { person: PersonSummary; isSelf: boolean }) {
  return (
    <>
      <section aria-labelledby="person-status-heading" className="margin-top-5">
        <h3 id="person-status-heading">Account status</h3>
        <p>
          This account is <strong>{person.active ? "active" : "deactivated"}</strong>.
        </p>
        <ActiveToggle person={person} isSelf={isSelf} />
      </section>
      <section aria-labelledby="person-password-heading" className="margin-top-5">
        <h3 id="person-password-heading">Password</h3>
        <ResetPasswordPanel person={person} isSelf={isSelf} />
      </section>
    </>
  );
}
