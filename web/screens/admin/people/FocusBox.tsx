import { type ReactNode, useEffect, useRef } from "react";

/** Takes focus when it appears, so a confirmation step is announced and reachable from the keyboard at once. */
export function FocusBox({ children, testId }: { children: ReactNode; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
  }, []);
  return (
    <div ref={box} tabIndex={-1} data-testid={testId}>
      {children}
    </div>
  );
}
