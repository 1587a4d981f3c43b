import { Button } from "@trussworks/react-uswds";
import type { RefObject } from "react";
import type { StartContactInput } from "../../api/console";
import { usePoppedCall } from "../../api/consolePhone";
import type { CallDetail } from "../../api/telephony";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { CallerHistory, NewContactForm } from "./CallerPanel";

/** Who is calling, as the screen pop says it: their name when the number is known, else the number. */
export function callerLabel(call: Pick<CallDetail, "callerName" | "number">): string {
  return call.callerName ?? call.number ?? "an unknown number";
}

interface IncomingCallProps {
  callId: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  channelRef: RefObject<HTMLSelectElement | null>;
  starting: boolean;
  startError: unknown;
  onStart: (input: StartContactInput) => void;
  onDismiss: () => void;
}

/**
 * The screen pop of a call offered to the operator, before it is answered: an "Incoming call" banner and the
 * caller's record and history, or, for a number no caller has, the new-caller form with the number in it.
 * The contact opens by itself when the phone system says the call was answered.
 */
export function IncomingCall({
  callId,
  headingRef,
  channelRef,
  starting,
  startError,
  onStart,
  onDismiss,
}: IncomingCallProps) {
  const call = usePoppedCall(callId);
  if (call.isPending) return <Loading label="Loading the incoming call…" />;
  if (call.isError) return <ErrorAlert error={call.error} />;
  const c = call.data;
  const gone = c.answeredAt === null && (c.abandonedAt !== null || c.endedAt !== null);
  return (
    <div data-incoming-call-id={c.id}>
      <div className={`usa-alert usa-alert--${gone ? "warning" : "info"} usa-alert--slim margin-y-1`}>
        <div className="usa-alert__body">
          <p className="usa-alert__text text-bold">
            {gone
              ? `Missed call from ${callerLabel(c)}: the caller hung up.`
              : `Incoming call from ${callerLabel(c)}`}
          </p>
        </div>
      </div>
      <h3 id="console-popped-caller" ref={headingRef} tabIndex={-1} className="margin-y-1 font-body-md">
        {c.callerName ?? c.number ?? "Unknown number"}
      </h3>
      {c.callerName && c.number ? <p className="margin-y-1">{c.number}</p> : null}
      {c.queueSeconds !== null ? (
        <p className="margin-y-1 font-body-xs">Waited {c.queueSeconds} seconds in the queue.</p>
      ) : null}
      {c.constituentId !== null ? (
        <>
          <p className="margin-y-1 font-body-xs">The contact opens when you answer the call.</p>
          <CallerHistory constituentId={c.constituentId} />
        </>
      ) : (
        <NewContactForm
          channelRef={channelRef}
          starting={starting}
          error={startError}
          onStart={(input) => onStart({ ...input, externalCallId: c.externalId })}
          newCallerPhone={c.number ?? undefined}
        />
      )}
      <Button type="button" unstyled className="margin-top-2" onClick={onDismiss}>
        Dismiss this call
      </Button>
    </div>
  );
}
