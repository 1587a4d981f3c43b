import "./wallboard.css";
import { useRef } from "react";
import type { Wallboard as Board } from "../../../common/contracts/telephony.js";
import { ApiError, errorMessage } from "../../api/client";
import { usePhoneEvents, useWallboard } from "../../api/telephony";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { timeOfDayText } from "./format";
import { useFullscreen, useNow, useStoredFlag } from "./hooks";
import { HourlyChart, OperatorsPanel, QueuePanel } from "./panels";
import { Tiles } from "./tiles";

/** Figures older than this (the refresh runs every 5 s, and the live stream on every change) are called stale. */
export const STALE_AFTER_MS = 20_000;

const dateFormat = new Intl.DateTimeFormat(undefined, { weekday: "long", month: "long", day: "numeric" });
const dayText = (iso: string) => dateFormat.format(new Date(`${iso}T12:00:00`));

/**
 * The live wallboard: refreshed by the live stream on every phone change and every few seconds besides;
 * waits and times in state tick every second from the server's clock (never the wall's, which may be off).
 */
export function Wallboard() {
  const board = useWallboard();
  usePhoneEvents();
  const now = useNow(1000);
  const root = useRef<HTMLDivElement>(null);
  const screen = useFullscreen(root);
  const [compact, setCompact] = useStoredFlag("civic311.wallboard.compact");

  const data = board.data;
  // The server's "now", moved on by the wall's own clock since the figures arrived.
  const serverNow = data ? now + (Date.parse(data.asOf) - board.dataUpdatedAt) : now;
  const stale = data !== undefined && (board.isError || now - board.dataUpdatedAt > STALE_AFTER_MS);

  const classes = ["wallboard"];
  if (compact) classes.push("wallboard--compact");
  if (screen.overlay) classes.push("wallboard--overlay");
  if (screen.active) classes.push("wallboard--full");

  return (
    <div
      ref={root}
      className={classes.join(" ")}
      data-fullscreen={screen.native ? "native" : screen.overlay ? "overlay" : undefined}
      data-wallboard-state={data ? (stale ? "stale" : "live") : board.isError ? "error" : "loading"}
    >
      <div className="wallboard__inner">
        <div className="wallboard__bar">
          <div>
            <h1 className="wallboard__title">Wallboard</h1>
            <p className="wallboard__subtitle">
              Phone line{data ? <>, {dayText(data.date)}</> : null}
              {data ? (
                <>
                  {" · "}
                  <span data-updated={data.asOf}>
                    Updated <time dateTime={data.asOf}>{timeOfDayText(data.asOf)}</time>
                  </span>
                </>
              ) : null}
            </p>
          </div>
          <div className="wallboard__actions">
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--inverse"
              aria-pressed={compact}
              onClick={() => setCompact(!compact)}
            >
              Compact layout
            </button>
            <button
              type="button"
              className="usa-button usa-button--outline usa-button--inverse"
              onClick={() => (screen.active ? screen.exit() : void screen.enter())}
            >
              {screen.active ? "Exit full screen" : "Full screen"}
            </button>
          </div>
        </div>
        {stale ? (
          <div className="wallboard__stale" role="alert" data-stale>
            <strong>Not updating.</strong>{" "}
            {board.isError ? `${errorMessage(board.error)} ` : "No new figures have arrived for a while. "}
            These figures are from {timeOfDayText(data.asOf)}; trying again.
          </div>
        ) : null}
        {data ? (
          <BoardBody data={data} serverNow={serverNow} compact={compact} />
        ) : board.isError ? (
          board.error instanceof ApiError && board.error.status === 404 ? (
            <p>The wallboard is for supervisors and administrators.</p>
          ) : (
            <ErrorAlert error={board.error} />
          )
        ) : (
          <Loading label="Loading the wallboard…" />
        )}
      </div>
    </div>
  );
}

function BoardBody({ data, serverNow, compact }: { data: Board; serverNow: number; compact: boolean }) {
  return (
    <>
      <Tiles data={data} serverNow={serverNow} />
      <div className="wallboard__panels">
        <OperatorsPanel data={data} serverNow={serverNow} rows={compact ? 6 : 10} />
        <HourlyChart data={data} />
        <QueuePanel data={data} serverNow={serverNow} rows={compact ? 5 : 8} />
      </div>
    </>
  );
}
