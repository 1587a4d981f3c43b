import type { ReactNode } from "react";
import type { Wallboard } from "../../../common/contracts/telephony.js";
import { clock, count, percent, SERVICE_LEVEL_TARGET, seconds, spokenDuration } from "./format";

/** The longest wait now: the earliest call still waiting, timed on the server's clock. */
export function longestWait(data: Wallboard, serverNow: number): number | null {
  const waiting = data.queue.filter((q) => q.kind === "call");
  if (waiting.length === 0) return data.longestWaitSeconds;
  const earliest = Math.min(...waiting.map((q) => Date.parse(q.queuedAt)));
  return Math.max(0, Math.floor((serverNow - earliest) / 1000));
}

function Tile({
  figure,
  value,
  label,
  children,
  raw,
  className,
}: {
  figure: string;
  label: string;
  value: ReactNode;
  raw: number | null;
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={`wb-tile${className ? ` ${className}` : ""}`}
      data-figure={figure}
      data-value={raw === null ? "" : String(raw)}
    >
      <dt className="wb-tile__label">{label}</dt>
      <dd className="wb-tile__value">{value}</dd>
      {children}
    </div>
  );
}

/** The headline figures: the queue now, then today's service level, speed of answer, abandonment and counts. */
export function Tiles({ data, serverNow }: { data: Wallboard; serverNow: number }) {
  const t = data.today;
  const wait = longestWait(data, serverNow);
  const handled = t.answered + t.abandoned;
  const level = t.serviceLevelPercent;
  const meets = level !== null && level >= SERVICE_LEVEL_TARGET;
  return (
    <dl className="wb-tiles" aria-label="Phone line figures">
      <Tile figure="waiting" label="Calls waiting" value={count(data.waiting)} raw={data.waiting}>
        <dd className="wb-tile__detail">{data.waiting === 0 ? "No one in the queue" : "in the queue now"}</dd>
      </Tile>
      <Tile
        figure="longest-wait"
        label="Longest wait"
        raw={data.waiting > 0 ? wait : null}
        value={
          data.waiting > 0 && wait !== null ? (
            <span role="timer" aria-label={spokenDuration(wait)}>
              {clock(wait)}
            </span>
          ) : (
            clock(null)
          )
        }
      >
        <dd className="wb-tile__detail">{data.waiting > 0 ? "minutes : seconds" : "No one waiting"}</dd>
      </Tile>
      <Tile
        figure="callbacks"
        label="Callbacks waiting"
        value={count(data.callbacksWaiting)}
        raw={data.callbacksWaiting}
      >
        <dd className="wb-tile__detail">{`${count(t.callbacks)} asked for today`}</dd>
      </Tile>
      <Tile
        figure="service-level"
        label="Service level today"
        value={percent(level)}
        raw={level}
        className={level === null ? undefined : meets ? "wb-tile--good" : "wb-tile--bad"}
      >
        <dd className="wb-tile__detail">
          {`answered within ${data.thresholdSeconds} s`}
          {handled > 0 ? ` (${count(t.answeredWithinThreshold)} of ${count(handled)})` : ""}
        </dd>
        <dd
          className={`wb-tile__state${level === null ? "" : meets ? " wb-state--good" : " wb-state--bad"}`}
          data-service-level-state={level === null ? "none" : meets ? "meets" : "below"}
        >
          {level === null ? (
            `Target ${SERVICE_LEVEL_TARGET}%: no calls yet`
          ) : meets ? (
            <>
              <span aria-hidden="true">✓ </span>Meets the {SERVICE_LEVEL_TARGET}% target
            </>
          ) : (
            <>
              <span aria-hidden="true">▼ </span>Below the {SERVICE_LEVEL_TARGET}% target
            </>
          )}
        </dd>
      </Tile>
      <Tile
        figure="asa"
        label="Average speed of answer"
        value={seconds(t.averageSpeedOfAnswerSeconds)}
        raw={t.averageSpeedOfAnswerSeconds}
      >
        <dd className="wb-tile__detail">
          {t.answered === 0 ? "No calls answered yet" : `over ${count(t.answered)} answered`}
        </dd>
      </Tile>
      <Tile
        figure="abandonment"
        label="Abandonment rate"
        value={percent(t.abandonmentPercent)}
        raw={t.abandonmentPercent}
      >
        <dd className="wb-tile__detail">
          {handled === 0
            ? "No calls answered or abandoned yet"
            : `${count(t.abandoned)} of ${count(handled)} hung up`}
        </dd>
      </Tile>
      <Tile
        figure="today"
        label="Calls today"
        value={count(t.arrived)}
        raw={t.arrived}
        className="wb-tile--wide"
      >
        <dd className="wb-tile__detail wb-tile__detail--keep">
          {t.arrived === 0 ? (
            "No calls yet today"
          ) : (
            <ul className="wb-today">
              <li data-today="answered">
                <span className="wb-today__n">{count(t.answered)}</span> answered
              </li>
              <li data-today="abandoned">
                <span className="wb-today__n">{count(t.abandoned)}</span> abandoned
              </li>
              <li data-today="self-served">
                <span className="wb-today__n">{count(t.selfServed)}</span> self-served
              </li>
            </ul>
          )}
        </dd>
      </Tile>
    </dl>
  );
}
