import { Button, Label, Select } from "@trussworks/react-uswds";
import { useEffect, useRef, useState } from "react";
import { AGENT_STATE_LABELS } from "../../../common/contracts/telephony.js";
import { useNow } from "../../api/consolePhone";
import { type MyPhoneState, useMyPhoneState, useSetMyPhoneState } from "../../api/telephony";
import { ErrorAlert } from "../../components/ErrorAlert";
import { formatDuration } from "./CallerPanel";

/** "Away (lunch)", "Wrap-up"… */
export function describePhoneState(me: Pick<MyPhoneState, "state" | "reason">): string {
  const label = AGENT_STATE_LABELS[me.state];
  return me.state === "away" && me.reason ? `${label} (${me.reason.replace(/_/g, " ")})` : label;
}

/**
 * The operator's state on the phone line, in the console's header: what it is and for how long, and the
 * buttons to become available, away (with a reason) or offline; in wrap-up, "Ready for next call". Calls
 * move it on their own (on a call, wrap-up); each change is announced politely.
 */
export function PhoneStateControl() {
  const me = useMyPhoneState();
  const set = useSetMyPhoneState();
  const now = useNow();
  const [reason, setReason] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const previous = useRef<string | null>(null);
  const data = me.data;
  const label = data ? describePhoneState(data) : null;

  useEffect(() => {
    if (label === null) return;
    if (previous.current !== null && previous.current !== label) setAnnouncement(`Phone state: ${label}.`);
    previous.current = label;
  }, [label]);

  const change = (body: { state: "available" | "away" | "offline"; reason?: string }) => {
    if (set.isPending) return;
    set.mutate(body);
  };

  const state = data?.state;
  const reasons = data?.awayReasons ?? [];
  const chosen = reasons.includes(reason) ? reason : (reasons[0] ?? "");
  // Time in state by the server's clock (asOf) plus the time since it answered: a browser whose clock is off
  // still counts right.
  const seconds = data?.since
    ? (new Date(data.asOf).getTime() - new Date(data.since).getTime()) / 1000 +
      Math.max(0, (now - me.dataUpdatedAt) / 1000)
    : null;

  return (
    <section
      aria-labelledby="phone-state-heading"
      className="border-1px border-base-lighter radius-md padding-1 margin-bottom-2"
      data-phone-state={state ?? ""}
    >
      <div className="display-flex flex-wrap flex-align-center">
        <h2 id="phone-state-heading" className="font-body-sm margin-y-0 margin-right-1">
          Phone
        </h2>
        <p className="margin-y-0 margin-right-2">
          {data ? (
            <>
              <span className="text-bold" id="phone-state-label">
                {label}
              </span>
              {seconds !== null ? (
                <>
                  {" "}
                  for{" "}
                  <span role="timer" aria-live="off" className="text-tabular">
                    {formatDuration(seconds)}
                  </span>
                </>
              ) : null}
            </>
          ) : me.isError ? (
            "State unknown"
          ) : (
            "Loading…"
          )}
        </p>
        {data ? (
          <div className="display-flex flex-wrap flex-align-end">
            {state === "wrap_up" ? (
              <Button type="button" className="margin-y-05" onClick={() => change({ state: "available" })}>
                Ready for next call
              </Button>
            ) : null}
            {state === "away" || state === "offline" ? (
              <Button type="button" className="margin-y-05" onClick={() => change({ state: "available" })}>
                Available
              </Button>
            ) : null}
            {state !== "on_call" ? (
              <>
                <div className="margin-right-1">
                  <Label htmlFor="phone-away-reason" className="margin-top-0 font-body-2xs">
                    Away reason
                  </Label>
                  <Select
                    id="phone-away-reason"
                    name="awayReason"
                    className="margin-top-05 height-5 padding-y-0"
                    value={chosen}
                    onChange={(e) => setReason(e.target.value)}
                  >
                    {reasons.map((r) => (
                      <option key={r} value={r}>
                        {r.replace(/_/g, " ")}
                      </option>
                    ))}
                  </Select>
                </div>
                <Button
                  type="button"
                  outline
                  className="margin-y-05"
                  disabled={chosen === "" || (state === "away" && data.reason === chosen)}
                  onClick={() => change({ state: "away", reason: chosen })}
                >
                  Away
                </Button>
                {state !== "offline" ? (
                  <Button
                    type="button"
                    outline
                    className="margin-y-05"
                    onClick={() => change({ state: "offline" })}
                  >
                    Offline
                  </Button>
                ) : null}
              </>
            ) : (
              <span className="font-body-2xs text-base-dark">
                The phone system moves you on when the call ends.
              </span>
            )}
          </div>
        ) : null}
      </div>
      {set.isError ? <ErrorAlert error={set.error} /> : null}
      {me.isError ? <ErrorAlert error={me.error} /> : null}
      <p role="status" aria-live="polite" className="usa-sr-only">
        {announcement}
      </p>
    </section>
  );
}
