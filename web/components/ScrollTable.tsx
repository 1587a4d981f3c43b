import type { ReactNode } from "react";

/** A wide table in a region that scrolls sideways on narrow screens and can be scrolled from the keyboard. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      className="usa-table-container--scrollable"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      aria-label={label}
    >
      {children}
    </section>
  );
}
