import { useEffect, useState } from "react";
import type { RequestDetail } from "../../../common/contracts/requests.js";
import { DateTime } from "../../components/DateTime";
import { OverdueTag } from "../../components/OverdueTag";

/** "2 days 3 hours", "45 minutes": a plain span of calendar time, largest two units. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / 60_000));
  const parts: [number, string][] = [
    [Math.floor(minutes / 1440), "day"],
    [Math.floor((minutes % 1440) / 60), "hour"],
    [minutes % 60, "minute"],
  ];
  const shown = parts.filter(([n]) => n > 0).slice(0, 2);
  return shown.map(([n, unit]) => `${n} ${unit}${n === 1 ? "" : "s"}`).join(" ");
}

/** The request's service-level clock: when it is due, and how long is left or how late it is. */
export function SlaClock({ request }: { request: RequestDetail }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  if (!request.dueAt) return <span>No due date</span>;
  const due = Date.parse(request.dueAt);
  let state: string;
  if (request.status === "closed" && request.closedAt) {
    const closed = Date.parse(request.closedAt);
    state = closed <= due ? "Closed on time" : `Closed ${formatSpan(closed - due)} late`;
  } else {
    state = due >= now ? `${formatSpan(due - now)} left` : `Overdue by ${formatSpan(now - due)}`;
  }
  return (
    <span data-sla>
      <DateTime value={request.dueAt} /> <span className="text-bold">({state})</span>
      {request.overdue ? <OverdueTag /> : null}
    </span>
  );
}
