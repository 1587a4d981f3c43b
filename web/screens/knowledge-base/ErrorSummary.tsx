import { Alert } from "@trussworks/react-uswds";
import { useEffect, useRef } from "react";
import type { Problem } from "./problems";

/**
 * USWDS error summary: every problem at once, each a link to its field. It takes focus each time a new set of
 * problems arrives (`attempt` changes), so keyboard and screen-reader users hear what to fix first.
 */
export function ErrorSummary({ problems, attempt }: { problems: Problem[]; attempt: number }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = problems.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus on every failed attempt, not on each render
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div ref={box} tabIndex={-1} className="margin-y-2" data-testid="error-summary">
      <Alert type="error" headingLevel="h3" heading="There is a problem" className="margin-0">
        <ul className="usa-list margin-bottom-0">
          {problems.map((p) => (
            <li key={`${p.field}-${p.text}`}>
              {p.target ? (
                <a
                  className="usa-link"
                  href={`#${p.target}`}
                  onClick={(event) => {
                    const input = document.getElementById(p.target);
                    if (!input) return;
                    event.preventDefault();
                    input.focus();
                    input.scrollIntoView({ block: "center" });
                  }}
                >
                  {p.text}
                </a>
              ) : (
                p.text
              )}
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
