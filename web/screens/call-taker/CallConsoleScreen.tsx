import { useCallback, useEffect, useRef, useState } from "react";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import type { SearchResult } from "../../../common/contracts/search.js";
import { type StartContactInput, useStartContact } from "../../api/console";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ArticlePanel } from "./ArticlePanel";
import { ActiveCaller, NewContactForm } from "./CallerPanel";
import { ConsoleSearch } from "./ConsoleSearch";
import { AgencyPanel, DepartmentPanel } from "./DirectoryPanels";
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

type FocusTarget = "channel" | "search" | "summary" | "wrap-up" | null;

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
        setAnnouncement("Contact started.");
        setFocusTarget("search");
      },
    });
  };

  const onUpdated = useCallback((view: InteractionView) => {
    setInteraction(view);
    if (view.endedAt !== null) {
      setAnnouncement("Contact ended.");
      setFocusTarget("summary");
    }
  }, []);

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
      <h2 className="margin-bottom-1">Call console</h2>
      <p role="status" aria-live="polite" className="usa-sr-only">
        {announcement}
      </p>
      <div className="grid-row grid-gap">
        <section aria-labelledby="console-caller-heading" className="grid-col-12 desktop:grid-col-4">
          <h2 id="console-caller-heading">Caller</h2>
          {interaction === null ? (
            <NewContactForm
              channelRef={channelRef}
              starting={start.isPending}
              error={start.isError ? start.error : null}
              onStart={onStart}
            />
          ) : (
            <ActiveCaller interaction={interaction} />
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
      <ShortcutsBox />
    </div>
  );
}
