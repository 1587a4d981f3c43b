import { useQueryClient } from "@tanstack/react-query";
import { Button } from "@trussworks/react-uswds";
import { useCallback, useEffect, useRef, useState } from "react";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import type { SearchResult } from "../../../common/contracts/search.js";
import { apiFetch, errorMessage } from "../../api/client";
import { type StartContactInput, useStartContact } from "../../api/console";
import { fetchInteraction } from "../../api/consolePhone";
import {
  type CallDetail,
  fetchCall,
  type MyPhoneState,
  type PhoneNotice,
  phoneKeys,
  usePhoneEvents,
} from "../../api/telephony";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ArticlePanel } from "./ArticlePanel";
import { ActiveCaller, NewContactForm } from "./CallerPanel";
import { ConsoleSearch } from "./ConsoleSearch";
import { AgencyPanel, DepartmentPanel } from "./DirectoryPanels";
import { callerLabel, IncomingCall } from "./IncomingCall";
import { PhoneStateControl } from "./PhoneStateControl";
import { QueuePanel } from "./QueuePanel";
import { ServiceRequestForm } from "./ServiceRequestForm";
import { ContactSummary, WrapUpForm } from "./WrapUp";

const SHORTCUTS: { keys: string; action: string }[] = [
  { keys: "Alt+N", action: "New contact" },
  { keys: "Alt+S or /", action: "Focus the search" },
  { keys: "Alt+R", action: "Create request from the selected service" },
  { keys: "Alt+T", action: "Transfer to the open department" },
  { keys: "Alt+F", action: "Refer to the open agency" },
  { keys: "Alt+W", action: "Wrap up" },
];

function ShortcutsBox() {
  return (
    <section className="usa-summary-box margin-top-4" aria-labelledby="console-shortcuts-heading">
      <div className="usa-summary-box__body">
        <h2 id="console-shortcuts-heading" className="usa-summary-box__heading font-body-md">
          Keyboard shortcuts
        </h2>
        <dl className="usa-summary-box__text margin-0">
          {SHORTCUTS.map((s) => (
            <div key={s.keys} className="display-flex flex-wrap margin-bottom-05">
              <dt className="text-bold margin-right-1">
                <kbd>{s.keys}</kbd>
              </dt>
              <dd className="margin-0">{s.action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

type FocusTarget = "channel" | "search" | "summary" | "wrap-up" | "caller" | "popped" | null;

/** A call or contact that arrived while the operator was in another contact: they choose to switch. */
type Waiting =
  | { kind: "offered"; call: CallDetail }
  | { kind: "contact"; view: InteractionView; label: string };

/** Who a contact is with: the caller's name, else their number (a call's when no caller has it). */
function contactLabel(view: InteractionView, callNumber?: string): string {
  return view.constituent?.name ?? view.constituent?.phone ?? callNumber ?? "an anonymous caller";
}

/**
 * The call-taker console: start a contact, find what the caller needs, answer, create or join a request,
 * transfer or refer, and wrap up, all from the keyboard.
 */
export function CallConsoleScreen() {
  useDocumentTitle("Call console");
  const start = useStartContact();
  const [interaction, setInteraction] = useState<InteractionView | null>(null);
  const [opened, setOpened] = useState<SearchResult | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [focusTarget, setFocusTarget] = useState<FocusTarget>(null);
  const highlighted = useRef<SearchResult | null>(null);
  const channelRef = useRef<HTMLSelectElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const wrapUpRef = useRef<HTMLSelectElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const callerRef = useRef<HTMLHeadingElement>(null);
  const poppedRef = useRef<HTMLHeadingElement>(null);
  const queryClient = useQueryClient();
  // The call offered to the operator, shown before it is answered (the screen pop).
  const [incomingCallId, setIncomingCallId] = useState<number | null>(null);
  // What arrived while another contact was active, and contacts the operator switched away from.
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const [parked, setParked] = useState<InteractionView[]>([]);
  // Callback contacts taken here: no phone-system event ends them, so ending one makes the operator available.
  const callbackContacts = useRef(new Set<number>());
  const current = useRef<InteractionView | null>(null);
  current.current = interaction;
  // The number each phone contact came from, for contacts whose caller the city does not know.
  const callNumbers = useRef(new Map<number, string>());
  const labelOf = useCallback(
    (view: InteractionView) => contactLabel(view, callNumbers.current.get(view.id)),
    [],
  );

  const active = interaction !== null && interaction.endedAt === null;
  const ended = interaction !== null && interaction.endedAt !== null;

  // Focus moves after the render that shows its target.
  useEffect(() => {
    if (focusTarget === null) return;
    const element = {
      channel: channelRef.current,
      search: searchRef.current,
      summary: summaryRef.current,
      "wrap-up": wrapUpRef.current,
      caller: callerRef.current,
      popped: poppedRef.current,
    }[focusTarget];
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const onStart = (input: StartContactInput) => {
    if (start.isPending) return;
    start.mutate(input, {
      onSuccess: (view) => {
        setInteraction(view);
        setOpened(null);
        setIncomingCallId(null);
        setAnnouncement("Contact started.");
        setFocusTarget("search");
      },
    });
  };

  /** After a contact ends: an operator in wrap-up (or ending a callback) is ready for the next call. */
  const readyAfter = useCallback(
    async (view: InteractionView) => {
      try {
        const me = await queryClient.fetchQuery({
          queryKey: phoneKeys.me,
          queryFn: () => apiFetch<MyPhoneState>("GET", "/api/telephony/me"),
          staleTime: 0,
        });
        const callback = callbackContacts.current.has(view.id);
        if (me.state === "wrap_up" || (callback && me.state === "on_call")) {
          await apiFetch<void>("PUT", "/api/telephony/me/state", { body: { state: "available" } });
          await queryClient.invalidateQueries({ queryKey: phoneKeys.me });
        }
      } catch (error) {
        setAnnouncement(`Your phone state was not changed: ${errorMessage(error)}`);
      }
    },
    [queryClient],
  );

  const onUpdated = useCallback(
    (view: InteractionView) => {
      setInteraction(view);
      if (view.endedAt !== null) {
        setAnnouncement("Contact ended.");
        setFocusTarget("summary");
        void readyAfter(view);
      }
    },
    [readyAfter],
  );

  /** Makes a contact the active one, as if the operator had started it, and moves focus to its caller. */
  const showContact = useCallback((view: InteractionView, message: string) => {
    setInteraction(view);
    setOpened(null);
    setIncomingCallId(null);
    setWaiting(null);
    setParked((list) => list.filter((p) => p.id !== view.id));
    setAnnouncement(message);
    setFocusTarget("caller");
  }, []);

  /**
   * A contact the phone line opened for the operator (an answered call, a callback): it becomes the active
   * contact unless another one is, in which case the operator is told and may switch.
   */
  const arrive = useCallback(
    async (interactionId: number, callId: number | null, message: (view: InteractionView) => string) => {
      const [view, call] = await Promise.all([
        fetchInteraction(interactionId),
        callId === null
          ? null
          : queryClient.fetchQuery({ queryKey: phoneKeys.call(callId), queryFn: () => fetchCall(callId) }),
      ]);
      if (call?.number) callNumbers.current.set(view.id, call.number);
      const now = current.current;
      if (now && now.id === view.id) {
        // The same contact again (a repeat notice, the call ending): keep the operator where they are.
        setInteraction(view);
        return;
      }
      if (now && now.endedAt === null) {
        setWaiting({ kind: "contact", view, label: labelOf(view) });
        setAnnouncement(`${message(view)} You are in another contact: switch when ready.`);
        return;
      }
      showContact(view, message(view));
    },
    [showContact, queryClient, labelOf],
  );

  const onCall = useCallback(
    (notice: PhoneNotice) => {
      const fail = (error: unknown) =>
        setAnnouncement(`The phone line could not be shown: ${errorMessage(error)}`);
      if (notice.kind === "callback" && notice.interactionId) {
        callbackContacts.current.add(notice.interactionId);
        arrive(
          notice.interactionId,
          notice.callId,
          (v) => `Calling back ${labelOf(v)}. Contact started.`,
        ).catch(fail);
        return;
      }
      if (notice.kind !== "call" || notice.callId === null) return;
      const callId = notice.callId;
      if (notice.type === "offered") {
        queryClient
          .fetchQuery({ queryKey: phoneKeys.call(callId), queryFn: () => fetchCall(callId), staleTime: 0 })
          .then((call) => {
            // Answered already (the notices crossed): the answer opens the contact.
            if (call.interactionId !== null && call.answeredAt !== null) {
              return arrive(
                call.interactionId,
                call.id,
                (v) => `Call answered: ${labelOf(v)}. Contact started.`,
              );
            }
            const now = current.current;
            if (now && now.endedAt === null) {
              setWaiting({ kind: "offered", call });
              setAnnouncement(`Incoming call from ${callerLabel(call)}. You are in another contact.`);
              return;
            }
            setInteraction(null);
            setOpened(null);
            start.reset();
            setIncomingCallId(call.id);
            setAnnouncement(`Incoming call from ${callerLabel(call)}.`);
            setFocusTarget("popped");
          })
          .catch(fail);
        return;
      }
      if (notice.interactionId === null) return;
      if (notice.type === "answered") {
        arrive(notice.interactionId, callId, (v) => `Call answered: ${labelOf(v)}. Contact started.`).catch(
          fail,
        );
      } else if (current.current?.id === notice.interactionId) {
        // The call ended or was transferred: show its times.
        fetchInteraction(notice.interactionId)
          .then((view) => {
            if (current.current?.id === view.id) setInteraction(view);
          })
          .catch(fail);
      }
    },
    [arrive, labelOf, queryClient, start.reset],
  );
  usePhoneEvents(onCall);

  /** Switches to what arrived during another contact; the contact left stays open, to return to. */
  const switchToWaiting = () => {
    if (!waiting) return;
    const left = current.current;
    if (left && left.endedAt === null) setParked((list) => [...list.filter((p) => p.id !== left.id), left]);
    if (waiting.kind === "contact") {
      showContact(waiting.view, `Switched to the contact with ${waiting.label}.`);
    } else {
      setInteraction(null);
      setOpened(null);
      setWaiting(null);
      setIncomingCallId(waiting.call.id);
      setAnnouncement(`Incoming call from ${callerLabel(waiting.call)}.`);
      setFocusTarget("popped");
    }
  };

  const returnTo = (view: InteractionView) => {
    const left = current.current;
    if (left && left.endedAt === null && left.id !== view.id)
      setParked((list) => [...list.filter((p) => p.id !== left.id && p.id !== view.id), left]);
    fetchInteraction(view.id)
      .then((fresh) => showContact(fresh, `Back to the contact with ${labelOf(fresh)}.`))
      .catch((error: unknown) => setAnnouncement(errorMessage(error)));
  };

  const onCallback = useCallback(
    (interactionId: number, callId: number) => {
      callbackContacts.current.add(interactionId);
      arrive(interactionId, callId, (v) => `Calling back ${labelOf(v)}. Contact started.`).catch(
        (error: unknown) => setAnnouncement(errorMessage(error)),
      );
    },
    [arrive, labelOf],
  );

  const onOpen = useCallback((result: SearchResult) => setOpened(result), []);
  const onHighlight = useCallback((result: SearchResult | null) => {
    highlighted.current = result;
  }, []);

  const newContact = useCallback(() => {
    if (active) {
      setAnnouncement("Wrap up the current contact before starting a new one.");
      setFocusTarget("wrap-up");
      return;
    }
    setInteraction(null);
    setOpened(null);
    setIncomingCallId(null);
    start.reset();
    setAnnouncement("");
    setFocusTarget("channel");
  }, [active, start.reset]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      if (!event.altKey) {
        if (event.key === "/" && !isEditable(event.target) && active) {
          event.preventDefault();
          searchRef.current?.focus();
        }
        return;
      }
      const say = (message: string) => setAnnouncement(message);
      switch (event.code) {
        case "KeyN":
          newContact();
          break;
        case "KeyS":
          if (active) searchRef.current?.focus();
          else say("Start a contact first (Alt+N).");
          break;
        case "KeyR": {
          const form = document.getElementById("console-request-form");
          if (form instanceof HTMLFormElement) form.requestSubmit();
          else if (active && highlighted.current?.kind === "service") setOpened(highlighted.current);
          else say("Open a service first to create a request.");
          break;
        }
        case "KeyT": {
          const button = document.querySelector<HTMLButtonElement>('[data-console-action="transfer"]');
          if (button) button.click();
          else say("Open a department first to transfer.");
          break;
        }
        case "KeyF": {
          const button = document.querySelector<HTMLButtonElement>('[data-console-action="refer"]');
          if (button) button.click();
          else say("Open an agency first to refer.");
          break;
        }
        case "KeyW":
          if (active) wrapUpRef.current?.focus();
          else say("There is no active contact to wrap up.");
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [active, newContact]);

  const contactState = active ? "active" : ended ? "ended" : "none";

  return (
    <div
      className="call-console"
      data-interaction-id={interaction?.id ?? ""}
      data-contact-state={contactState}
    >
      <div className="display-flex flex-wrap flex-justify flex-align-start">
        <h2 className="margin-bottom-1 margin-right-2">Call console</h2>
        <PhoneStateControl />
      </div>
      <p role="status" aria-live="polite" className="usa-sr-only">
        {announcement}
      </p>
      {waiting ? (
        <div className="usa-alert usa-alert--info usa-alert--slim margin-y-1" data-waiting={waiting.kind}>
          <div className="usa-alert__body display-flex flex-wrap flex-align-center">
            <p className="usa-alert__text margin-right-2">
              {waiting.kind === "contact"
                ? `A call with ${waiting.label} was answered for you while you are in this contact.`
                : `Incoming call from ${callerLabel(waiting.call)} while you are in this contact.`}
            </p>
            <Button type="button" className="margin-y-05" onClick={switchToWaiting}>
              Switch to this call
            </Button>
            <Button type="button" unstyled className="margin-y-05" onClick={() => setWaiting(null)}>
              Not now
            </Button>
          </div>
        </div>
      ) : null}
      {parked
        .filter((p) => p.id !== interaction?.id)
        .map((p) => (
          <div key={p.id} className="usa-alert usa-alert--warning usa-alert--slim margin-y-1">
            <div className="usa-alert__body display-flex flex-wrap flex-align-center">
              <p className="usa-alert__text margin-right-2">The contact with {labelOf(p)} is still open.</p>
              <Button type="button" outline className="margin-y-05" onClick={() => returnTo(p)}>
                Return to {labelOf(p)}
              </Button>
            </div>
          </div>
        ))}
      <div className="grid-row grid-gap">
        <section aria-labelledby="console-caller-heading" className="grid-col-12 desktop:grid-col-4">
          <h2 id="console-caller-heading">Caller</h2>
          {interaction === null && incomingCallId !== null ? (
            <IncomingCall
              key={incomingCallId}
              callId={incomingCallId}
              headingRef={poppedRef}
              channelRef={channelRef}
              starting={start.isPending}
              startError={start.isError ? start.error : null}
              onStart={onStart}
              onDismiss={() => {
                setIncomingCallId(null);
                setAnnouncement("Call dismissed.");
                setFocusTarget("channel");
              }}
            />
          ) : interaction === null ? (
            <NewContactForm
              channelRef={channelRef}
              starting={start.isPending}
              error={start.isError ? start.error : null}
              onStart={onStart}
            />
          ) : (
            <ActiveCaller
              interaction={interaction}
              headingRef={callerRef}
              callNumber={callNumbers.current.get(interaction.id)}
            />
          )}
          {active && interaction ? (
            <WrapUpForm
              key={interaction.id}
              interaction={interaction}
              codeRef={wrapUpRef}
              onEnded={onUpdated}
            />
          ) : null}
        </section>
        <div className="grid-col-12 desktop:grid-col-8">
          <ConsoleSearch
            key={interaction?.id ?? "none"}
            inputRef={searchRef}
            disabled={!active}
            onOpen={onOpen}
            onHighlight={onHighlight}
          />
          {ended && interaction ? (
            <ContactSummary interaction={interaction} headingRef={summaryRef} onNewContact={newContact} />
          ) : null}
          {active && interaction && opened ? (
            <div key={`${opened.kind}-${opened.id}`}>
              {opened.kind === "article" ? (
                <ArticlePanel articleId={opened.id} interaction={interaction} onUpdated={onUpdated} />
              ) : opened.kind === "service" && opened.code ? (
                <ServiceRequestForm code={opened.code} interaction={interaction} onUpdated={onUpdated} />
              ) : opened.kind === "department" && opened.code ? (
                <DepartmentPanel code={opened.code} interaction={interaction} onUpdated={onUpdated} />
              ) : opened.kind === "agency" && opened.code ? (
                <AgencyPanel code={opened.code} interaction={interaction} onUpdated={onUpdated} />
              ) : (
                <p>This result cannot be opened.</p>
              )}
            </div>
          ) : null}
        </div>
      </div>
      <QueuePanel busy={active} onCallback={onCallback} say={setAnnouncement} />
      <ShortcutsBox />
    </div>
  );
}
