import { Alert, Button } from "@trussworks/react-uswds";
import { useEffect, useRef, useState } from "react";

/**
 * A password shown once (a new account's or a reset one), with a copy button. It takes focus when it appears
 * so screen-reader users hear it is there and must be copied now.
 */
export function OneTimePassword({
  heading,
  password,
  children,
}: {
  heading: string;
  password: string;
  children?: React.ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<"" | "copied" | "failed">("");
  const canCopy = typeof navigator !== "undefined" && navigator.clipboard !== undefined;
  useEffect(() => {
    box.current?.focus();
  }, []);
  const copy = () => {
    navigator.clipboard.writeText(password).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  };
  return (
    <div ref={box} tabIndex={-1} data-testid="one-time-password">
      <Alert type="success" headingLevel="h3" heading={heading} className="margin-y-2">
        <p>Temporary password, to give the person privately. Copy it now: it will not be shown again.</p>
        <p>
          <code
            className="font-mono-md text-bold bg-base-lightest padding-1 text-break-all"
            data-testid="password"
          >
            {password}
          </code>
        </p>
        {canCopy ? (
          <Button type="button" outline onClick={copy}>
            Copy password
          </Button>
        ) : null}
        <span role="status" className="margin-left-1">
          {copied === "copied"
            ? "Password copied."
            : copied === "failed"
              ? "Could not copy: select the password."
              : ""}
        </span>
        {children}
      </Alert>
    </div>
  );
}
