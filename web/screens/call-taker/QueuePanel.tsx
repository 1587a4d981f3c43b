import { Button } from "@trussworks/react-uswds";
import type { QueueEntry } from "../../../common/contracts/telephony.js";
import { useNow } from "../../api/consolePhone";
import { usePhoneQueue, useTakeCallback } from "../../api/telephony";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDuration } from "./CallerPanel";

/** Who a queue entry is: the caller's name when known, else the number. */
export function callerOf(entry: Pick<QueueEntry, "callerName" | "number">): string {
  return entry.callerName ?? entry.number ?? "Unknown caller";
}

interface QueuePanelProps {
  /** The operator is in a contact: a callback must wait until it is wrapped up. */
  busy: boolean;
  /** The callback's contact started: the console loads it. */
  onCallback: (interactionId: number, callId: number) => void;
  /** Something to say in the console's live region. */
  say: (message: string) => void;
}

/** The phone queue beside the console: calls waiting, the longest wait, and the callers to call back. */
export function QueuePanel({ busy, onCallback, say }: QueuePanelProps) {
  const queue = usePhoneQueue();
  const take = useTakeCallback();
  const now = useNow();
  const entries = queue.data?.queue ?? [];
  const waiting = entries.filter((e) => e.kind === "call");
  const callbacks = entries.filter((e) => e.kind === "callback");
  // Waits as the server counted them, moved on by the time since it answered.
  const sinceFetch = queue.dataUpdatedAt ? Math.max(0, (now - queue.dataUpdatedAt) / 1000) : 0;
  const longest = waiting.length > 0 ? Math.max(...waiting.map((e) => e.waitSeconds)) + sinceFetch : null;

  const callBack = (entry: QueueEntry) => {
    if (take.isPending) return;
    if (busy) {
      say("Wrap up the current contact before calling back.");
      return;
    }
    take.mutate(entry.callId, {
      onSuccess: ({ interactionId }) => onCallback(interactionId, entry.callId),
    });
  };

  return (
    <section
      aria-labelledby="console-queue-heading"
      className="margin-top-3"
      data-queue-waiting={waiting.length}
    >
      <h2 id="console-queue-heading" className="font-body-md">
        Phone queue
      </h2>
      {queue.isError ? <ErrorAlert error={queue.error} /> : null}
      <dl className="summary-list margin-top-0">
        <div className="summary-list__row">
          <dt>Calls waiting</dt>
          <dd data-testid="queue-waiting">{queue.data ? waiting.length : "…"}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Longest wait</dt>
          <dd>
            {longest !== null ? (
              <span role="timer" aria-live="off" className="text-tabular">
                {formatDuration(longest)}
              </span>
            ) : (
              "None"
            )}
          </dd>
        </div>
      </dl>
      <h3 className="font-body-sm margin-bottom-05">Callbacks</h3>
      {take.isError ? <ErrorAlert error={take.error} /> : null}
      {callbacks.length === 0 ? (
        <p className="font-body-xs text-base margin-top-0">No one is waiting for a callback.</p>
      ) : (
        <ul className="usa-list usa-list--unstyled margin-top-0" aria-label="Callbacks">
          {callbacks.map((entry) => (
            <li key={entry.callId} className="margin-bottom-1" data-callback-call-id={entry.callId}>
              <span className="text-bold">{callerOf(entry)}</span>
              {entry.callerName && entry.number ? (
                <span className="display-block font-body-2xs">{entry.number}</span>
              ) : null}
              <span className="display-block font-body-2xs">
                Waiting since <DateTime value={entry.queuedAt} />
              </span>
              <Button
                type="button"
                outline
                className="margin-top-05"
                aria-label={`Call back ${callerOf(entry)}`}
                aria-disabled={take.isPending || busy}
                onClick={() => callBack(entry)}
              >
                {take.isPending && take.variables === entry.callId ? "Calling back…" : "Call back"}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
