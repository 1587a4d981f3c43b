import { Button } from "@trussworks/react-uswds";
import { useEffect, useRef, useState } from "react";

/** A delete button that asks once more ("Confirm delete" / "Keep") before it acts; `what` names the thing. */
export function ConfirmDelete({ what, onConfirm }: { what: string; onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <Button
        type="button"
        unstyled
        className="text-secondary-dark"
        aria-label={`Delete ${what}`}
        onClick={() => setAsking(true)}
      >
        Delete
      </Button>
    );
  return (
    <span>
      <Button
        ref={confirm}
        type="button"
        secondary
        className="margin-right-1"
        aria-label={`Confirm delete ${what}`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        Confirm delete
      </Button>
      <Button type="button" outline aria-label={`Keep ${what}`} onClick={() => setAsking(false)}>
        Keep
      </Button>
    </span>
  );
}
