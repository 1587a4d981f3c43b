import {
  AGENT_STATE_LABELS,
  AGENT_STATES,
  type AgentState,
  type Wallboard,
} from "../../../common/contracts/telephony.js";
import { clock, count, hourText, spokenDuration } from "./format";

const STATE_ORDER: Record<AgentState, number> = { on_call: 0, wrap_up: 1, available: 2, away: 3, offline: 4 };

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: "language" });
  } catch {
    return null;
  }
})();
const languageName = (code: string) => languageNames?.of(code) ?? code;
const reasonText = (reason: string) => reason.charAt(0).toUpperCase() + reason.slice(1).replaceAll("_", " ");

/** Operators by state: a count per state, then who is on the line, busiest states first. */
export function OperatorsPanel({
  data,
  serverNow,
  rows,
}: {
  data: Wallboard;
  serverNow: number;
  rows: number;
}) {
  const onLine = data.operators
    .filter((o) => o.state !== "offline")
    .sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || Date.parse(a.since) - Date.parse(b.since));
  const shown = onLine.slice(0, rows);
  return (
    <section className="wb-panel wb-panel--operators" aria-labelledby="wb-operators">
      <h2 id="wb-operators" className="wb-panel__title">
        Operators
      </h2>
      <dl className="wb-states">
        {AGENT_STATES.map((state) => (
          <div key={state} className={`wb-states__item wb-agent--${state}`} data-state-count={state}>
            <dt>{AGENT_STATE_LABELS[state]}</dt>
            <dd>{count(data.agents[state] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      {onLine.length === 0 ? (
        <p className="wb-panel__empty">No operators on the phone line</p>
      ) : (
        <table className="wb-table">
          <caption className="usa-sr-only">
            Operators on the phone line, with their state and time in it
          </caption>
          <thead>
            <tr>
              <th scope="col">Operator</th>
              <th scope="col">State</th>
              <th scope="col" className="wb-num">
                Time in state
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((o) => {
              const inState = Math.max(0, Math.floor((serverNow - Date.parse(o.since)) / 1000));
              return (
                <tr key={o.userId} data-operator={o.userId} data-operator-state={o.state}>
                  <th scope="row">{o.name}</th>
                  <td>
                    <span className={`wb-agent-dot wb-agent--${o.state}`} aria-hidden="true" />
                    {AGENT_STATE_LABELS[o.state]}
                    {o.reason ? ` (${reasonText(o.reason)})` : ""}
                  </td>
                  <td className="wb-num">
                    <span role="timer" aria-label={spokenDuration(inState)}>
                      {clock(inState)}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {onLine.length > shown.length ? (
        <p className="wb-panel__more">and {count(onLine.length - shown.length)} more</p>
      ) : null}
    </section>
  );
}

/** Calls that arrived in each hour today: CSS bars for the room, a table for screen readers. */
export function HourlyChart({ data }: { data: Wallboard }) {
  const byHour = new Map(data.today.callsPerHour.map((h) => [h.hour, h.calls]));
  const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, calls: byHour.get(hour) ?? 0 }));
  const max = Math.max(0, ...hours.map((h) => h.calls));
  const peak = hours.find((h) => h.calls === max && max > 0);
  return (
    <section className="wb-panel wb-panel--hours" aria-labelledby="wb-hours">
      <h2 id="wb-hours" className="wb-panel__title">
        Calls per hour today
      </h2>
      {max === 0 ? (
        <p className="wb-panel__empty">No calls yet today</p>
      ) : (
        <>
          <p className="wb-panel__note" data-peak>
            Busiest: {hourText(peak!.hour)} with {count(max)} {max === 1 ? "call" : "calls"}
          </p>
          <div className="wb-hours" aria-hidden="true">
            {hours.map((h) => (
              <div key={h.hour} className="wb-hours__col" data-hour={h.hour} data-calls={h.calls}>
                <div className="wb-hours__track">
                  <div
                    className="wb-hours__bar"
                    style={{ height: `${h.calls === 0 ? 0 : Math.max(2, (100 * h.calls) / max)}%` }}
                  />
                </div>
                <span className="wb-hours__label">
                  {h.hour % 3 === 0 ? String(h.hour).padStart(2, "0") : ""}
                </span>
              </div>
            ))}
          </div>
          <table className="usa-sr-only">
            <caption>Calls that arrived in each hour today</caption>
            <thead>
              <tr>
                <th scope="col">Hour</th>
                <th scope="col">Calls</th>
              </tr>
            </thead>
            <tbody>
              {hours
                .filter((h) => h.calls > 0)
                .map((h) => (
                  <tr key={h.hour}>
                    <th scope="row">{`${hourText(h.hour)} to ${hourText((h.hour + 1) % 24)}`}</th>
                    <td>{count(h.calls)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** The queue in order: calls waiting, then callbacks keep their place; each with its wait, ticking. */
export function QueuePanel({ data, serverNow, rows }: { data: Wallboard; serverNow: number; rows: number }) {
  const shown = data.queue.slice(0, rows);
  return (
    <section className="wb-panel wb-panel--queue" aria-labelledby="wb-queue">
      <h2 id="wb-queue" className="wb-panel__title">
        Queue
      </h2>
      {data.queue.length === 0 ? (
        <p className="wb-panel__empty">No one is waiting</p>
      ) : (
        <ol className="wb-queue">
          {shown.map((q) => {
            const wait = Math.max(0, Math.floor((serverNow - Date.parse(q.queuedAt)) / 1000));
            return (
              <li
                key={q.callId}
                className={`wb-queue__item wb-queue__item--${q.kind}`}
                data-queue-call={q.callId}
              >
                <span className="wb-queue__kind">{q.kind === "call" ? "Waiting" : "Callback"}</span>
                <span className="wb-queue__who">
                  {q.callerName ?? q.number ?? "Unknown number"}
                  {q.language && q.language !== "en" ? (
                    <span className="wb-queue__lang"> · {languageName(q.language)}</span>
                  ) : null}
                </span>
                <span className="wb-queue__wait" role="timer" aria-label={`waiting ${spokenDuration(wait)}`}>
                  {clock(wait)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {data.queue.length > shown.length ? (
        <p className="wb-panel__more">and {count(data.queue.length - shown.length)} more</p>
      ) : null}
    </section>
  );
}
