import { Button, Label, Select } from "@trussworks/react-uswds";
import { type FormEvent, type RefObject, useEffect, useRef, useState } from "react";
import { CHANNEL_LABELS, type Channel } from "../../../common/channels.js";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import {
  CONTACT_PREFERENCE_LABELS,
  CONTACT_PREFERENCES,
  type ContactPreference,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
} from "../../../common/languages.js";
import {
  type ConstituentMatch,
  type ConstituentRequest,
  type StartContactInput,
  useConstituent,
  useConstituentSearch,
} from "../../api/console";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useDebounced } from "./ConsoleSearch";

/** Channels an operator takes contacts on (Open311 clients never reach the console). */
const CONSOLE_CHANNELS: Channel[] = ["phone", "walk_in", "email", "chat", "sms", "social", "web", "app"];

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

export { formatDuration };

/** Minutes and seconds since the contact began, ticking once a second. */
export function ContactTimer({ startedAt }: { startedAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const seconds = (now - new Date(startedAt).getTime()) / 1000;
  return (
    <p className="margin-y-1">
      Contact time:{" "}
      <span role="timer" aria-live="off" className="text-bold text-tabular">
        {formatDuration(seconds)}
      </span>
    </p>
  );
}

function label(match: ConstituentMatch): string {
  return [match.name ?? "Unnamed caller", match.phone, match.email].filter(Boolean).join(" · ");
}

interface NewCaller {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  address: string;
  language: Language;
  contactPreference: ContactPreference | "";
}

/** What the operator typed into the lookup, put in the field it looks like: a phone, an email or a name. */
export function newCallerFrom(text: string): NewCaller {
  const t = text.trim();
  const blank: NewCaller = {
    firstName: "",
    lastName: "",
    phone: "",
    email: "",
    address: "",
    language: "en",
    contactPreference: "",
  };
  if (t.includes("@")) return { ...blank, email: t };
  if (/^[\d\s()+.-]+$/.test(t) && /\d{3}/.test(t)) return { ...blank, phone: t };
  const [first = "", ...rest] = t.split(/\s+/);
  return { ...blank, firstName: first, lastName: rest.join(" ") };
}

function TextField({
  id,
  label,
  value,
  onChange,
  type = "text",
  autoComplete,
  inputRef,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "tel" | "email";
  autoComplete: string;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  return (
    <>
      <Label htmlFor={id}>{label}</Label>
      <input
        id={id}
        ref={inputRef}
        className="usa-input"
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/** The details of a caller the lookup did not find; any of them may be left out. */
function NewCallerFields({
  value,
  onChange,
  autoFocus = true,
}: {
  value: NewCaller;
  onChange: (value: NewCaller) => void;
  /** Off when the screen pop opens the form: focus goes to the popped call's heading instead. */
  autoFocus?: boolean;
}) {
  const first = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the fields first show
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, []);
  const set =
    <K extends keyof NewCaller>(key: K) =>
    (v: NewCaller[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <fieldset className="usa-fieldset margin-top-2">
      <legend className="usa-legend text-bold">New caller</legend>
      <span className="usa-hint">
        Take what the caller is willing to give; every field may be left empty.
      </span>
      <TextField
        id="console-new-first-name"
        label="First name"
        value={value.firstName}
        onChange={set("firstName")}
        autoComplete="off"
        inputRef={first}
      />
      <TextField
        id="console-new-last-name"
        label="Last name"
        value={value.lastName}
        onChange={set("lastName")}
        autoComplete="off"
      />
      <TextField
        id="console-new-phone"
        label="Phone"
        type="tel"
        value={value.phone}
        onChange={set("phone")}
        autoComplete="off"
      />
      <TextField
        id="console-new-email"
        label="Email"
        type="email"
        value={value.email}
        onChange={set("email")}
        autoComplete="off"
      />
      <TextField
        id="console-new-address"
        label="Home address"
        value={value.address}
        onChange={set("address")}
        autoComplete="off"
      />
      <Label htmlFor="console-new-language">Language</Label>
      <Select
        id="console-new-language"
        name="language"
        value={value.language}
        onChange={(e) => set("language")(LANGUAGES.find((l) => l === e.target.value) ?? "en")}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </Select>
      <Label htmlFor="console-new-preference">Updates by</Label>
      <Select
        id="console-new-preference"
        name="contactPreference"
        value={value.contactPreference}
        onChange={(e) =>
          set("contactPreference")(CONTACT_PREFERENCES.find((p) => p === e.target.value) ?? "")
        }
      >
        <option value="">Best available (email, else text)</option>
        {CONTACT_PREFERENCES.map((p) => (
          <option key={p} value={p}>
            {CONTACT_PREFERENCE_LABELS[p]}
          </option>
        ))}
      </Select>
    </fieldset>
  );
}

function toConstituentInput(caller: NewCaller): NonNullable<StartContactInput["constituent"]> {
  const optional = (v: string) => v.trim() || undefined;
  return {
    firstName: optional(caller.firstName),
    lastName: optional(caller.lastName),
    phone: optional(caller.phone),
    email: optional(caller.email),
    address: optional(caller.address),
    language: caller.language,
    contactPreference: caller.contactPreference || undefined,
  };
}

interface NewContactFormProps {
  channelRef: RefObject<HTMLSelectElement | null>;
  starting: boolean;
  error: unknown;
  onStart: (input: StartContactInput) => void;
  /** A call's number the lookup did not find (the screen pop): the new-caller form opens with it. */
  newCallerPhone?: string;
}

/**
 * Starts a contact: the channel, and the caller found by phone, name, email or address, a new caller's
 * details, or an anonymous caller.
 */
export function NewContactForm({
  channelRef,
  starting,
  error,
  onStart,
  newCallerPhone,
}: NewContactFormProps) {
  const [channel, setChannel] = useState<Channel>("phone");
  const [text, setText] = useState(newCallerPhone ?? "");
  const q = useDebounced(text, 200);
  const matches = useConstituentSearch(q);
  const [chosen, setChosen] = useState<ConstituentMatch | null>(null);
  const [newCaller, setNewCaller] = useState<NewCaller | null>(() =>
    newCallerPhone ? newCallerFrom(newCallerPhone) : null,
  );
  const items = text.trim().length >= 2 && !newCaller ? (matches.data ?? []) : [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (starting) return;
    if (newCaller) onStart({ channel, constituent: toConstituentInput(newCaller) });
    else onStart({ channel, constituentId: chosen?.id });
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="console-new-contact-heading">
      <h3 id="console-new-contact-heading">New contact</h3>
      {error ? <ErrorAlert error={error} /> : null}
      <Label htmlFor="console-channel">Channel</Label>
      <Select
        id="console-channel"
        name="channel"
        inputRef={channelRef}
        value={channel}
        onChange={(e) => setChannel(CONSOLE_CHANNELS.find((c) => c === e.target.value) ?? "phone")}
      >
        {CONSOLE_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABELS[c]}
          </option>
        ))}
      </Select>
      <Label htmlFor="console-caller-search">Find caller (phone, name, email, address)</Label>
      <input
        id="console-caller-search"
        className="usa-input"
        type="text"
        enterKeyHint="search"
        autoComplete="off"
        aria-describedby="console-caller-status"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setChosen(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          // Enter picks the only match; it never starts a contact by accident.
          e.preventDefault();
          if (items.length === 1 && items[0]) setChosen(items[0]);
        }}
      />
      <p id="console-caller-status" role="status" className="font-body-2xs text-base-dark margin-y-1">
        {chosen
          ? `Caller: ${label(chosen)}`
          : text.trim().length >= 2 && !matches.isFetching && !newCaller
            ? `${items.length} ${items.length === 1 ? "caller matches" : "callers match"}.`
            : ""}
      </p>
      {matches.isError ? <ErrorAlert error={matches.error} /> : null}
      {items.length > 0 && !chosen ? (
        <ul className="usa-list--unstyled" aria-label="Matching callers">
          {items.map((m) => (
            <li key={m.id} className="margin-bottom-05">
              <Button type="button" unstyled className="text-left padding-05" onClick={() => setChosen(m)}>
                {label(m)}
                {m.address ? <span className="display-block font-body-2xs">{m.address}</span> : null}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {newCaller ? (
        <NewCallerFields value={newCaller} onChange={setNewCaller} autoFocus={!newCallerPhone} />
      ) : null}
      <div className="display-flex flex-wrap">
        {chosen || newCaller ? (
          <Button type="submit" aria-disabled={starting}>
            {starting
              ? "Starting…"
              : newCaller
                ? "Start contact with new caller"
                : `Start contact with ${chosen?.name ?? "this caller"}`}
          </Button>
        ) : null}
        {chosen ? null : (
          <Button
            type="button"
            outline
            onClick={() => {
              setNewCaller(newCaller ? null : newCallerFrom(text));
            }}
          >
            {newCaller ? "Cancel new caller" : "New caller"}
          </Button>
        )}
        <Button
          type="button"
          outline={chosen !== null || newCaller !== null}
          aria-disabled={starting}
          onClick={() => !starting && onStart({ channel })}
        >
          {starting && !chosen && !newCaller ? "Starting…" : "Anonymous caller"}
        </Button>
      </div>
    </form>
  );
}

function RequestList({ title, items }: { title: string; items: ConstituentRequest[] }) {
  return (
    <>
      <h3 className="font-body-sm margin-bottom-05">{title}</h3>
      {items.length === 0 ? (
        <p className="font-body-xs text-base margin-top-0">None</p>
      ) : (
        <ul className="usa-list font-body-xs margin-top-0" aria-label={title}>
          {items.map((r) => (
            <li key={r.number}>
              <span className="text-bold">{r.number}</span> {r.service} ({r.status.replace(/_/g, " ")})
              {r.address ? `, ${r.address}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the caller already has open with the city and their recent contacts. */
export function CallerHistory({ constituentId }: { constituentId: number }) {
  const detail = useConstituent(constituentId);
  if (detail.isPending) return <Loading label="Loading the caller's history…" />;
  if (detail.isError) return <ErrorAlert error={detail.error} />;
  return (
    <>
      <RequestList title="Open requests" items={detail.data.openRequests} />
      <RequestList title="Followed requests" items={detail.data.followedRequests} />
      <h3 className="font-body-sm margin-bottom-05">Recent contacts</h3>
      {detail.data.recentContacts.length === 0 ? (
        <p className="font-body-xs text-base margin-top-0">None</p>
      ) : (
        <ul className="usa-list font-body-xs margin-top-0" aria-label="Recent contacts">
          {detail.data.recentContacts.map((contact) => (
            <li key={contact.id}>
              <DateTime value={contact.startedAt} />,{" "}
              {CHANNEL_LABELS[contact.channel as Channel] ?? contact.channel}
              {contact.outcomes.length > 0 ? `: ${contact.outcomes.join(", ").replace(/_/g, " ")}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The phone call behind a contact: when it arrived, was answered and ended; its wait and talk. */
export function CallTimes({ call }: { call: NonNullable<InteractionView["call"]> }) {
  return (
    <dl className="summary-list font-body-xs margin-y-1" aria-label="Call times" data-call-times="">
      <div className="summary-list__row">
        <dt>Call arrived</dt>
        <dd>
          <DateTime value={call.arrivedAt} />
        </dd>
      </div>
      {call.answeredAt ? (
        <div className="summary-list__row">
          <dt>Answered</dt>
          <dd data-call-answered-at={call.answeredAt}>
            <DateTime value={call.answeredAt} />
          </dd>
        </div>
      ) : null}
      {call.endedAt ? (
        <div className="summary-list__row">
          <dt>Call ended</dt>
          <dd data-call-ended-at={call.endedAt}>
            <DateTime value={call.endedAt} />
          </dd>
        </div>
      ) : null}
      {call.queueSeconds !== null ? (
        <div className="summary-list__row">
          <dt>Time in queue</dt>
          <dd>{formatDuration(call.queueSeconds)}</dd>
        </div>
      ) : null}
      {call.talkSeconds !== null ? (
        <div className="summary-list__row">
          <dt>Talk time</dt>
          <dd>{formatDuration(call.talkSeconds)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

interface ActiveCallerProps {
  interaction: InteractionView;
  /** The caller's name heading: the screen pop moves focus there. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  /** The number a phone contact came from, shown when the city does not know the caller. */
  callNumber?: string;
}

/** The caller of the active contact: who they are and what they already have open with the city. */
export function ActiveCaller({ interaction, headingRef, callNumber }: ActiveCallerProps) {
  const c = interaction.constituent;
  return (
    <div>
      <h3 id="console-active-caller" ref={headingRef} tabIndex={-1} className="margin-y-1 font-body-md">
        {c?.name ?? (c ? "Unnamed caller" : (callNumber ?? "Anonymous caller"))}
      </h3>
      {c?.phone || c?.email ? (
        <p className="margin-y-1">
          {c.phone ? <span className="display-block">{c.phone}</span> : null}
          {c.email ? <span className="display-block">{c.email}</span> : null}
        </p>
      ) : null}
      <p className="margin-y-1 font-body-xs">{CHANNEL_LABELS[interaction.channel]} contact</p>
      {interaction.endedAt === null ? <ContactTimer startedAt={interaction.startedAt} /> : null}
      {interaction.call ? <CallTimes call={interaction.call} /> : null}
      {c ? <CallerHistory constituentId={c.id} /> : null}
    </div>
  );
}
