import { Alert } from "@trussworks/react-uswds";
import { useEffect, useRef } from "react";

/** A success message announced politely; it takes focus when it changes so keyboard users land on it. */
export function StatusMessage({ message }: { message: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) box.current?.focus();
  }, [message]);
  return (
    <div ref={box} tabIndex={-1} role="status" aria-live="polite">
      {message ? (
        <Alert type="success" headingLevel="h3" slim className="margin-y-2">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
