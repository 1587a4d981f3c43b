import type { ReactNode } from "react";
import { NotFound } from "../../app/RouteError";
import { useCurrentSession } from "../../app/session-context";

/** Shows its children to administrators; other staff find no page here, as the API answers them. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { user } = useCurrentSession();
  if (user.role !== "admin") return <NotFound level="h2" />;
  return <>{children}</>;
}
