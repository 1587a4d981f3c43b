/** A polite, screen-reader-announced loading message. */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p role="status" className="text-base-dark">
      {label}
    </p>
  );
}
