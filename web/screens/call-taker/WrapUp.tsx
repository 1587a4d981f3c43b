import { Button, Label, Select, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, type RefObject, useState } from "react";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import { useEndContact } from "../../api/console";
import { ErrorAlert } from "../../components/ErrorAlert";
import { CallTimes, formatDuration } from "./CallerPanel";

export const WRAP_UP_CODES = [
  { code: "resolved", label: "Resolved" },
  { code: "request_created", label: "Request created" },
  { code: "transferred", label: "Transferred" },
  { code: "referred", label: "Referred" },
  { code: "callback_needed", label: "Callback needed" },
  { code: "other", label: "Other" },
] as const;

const OUTCOME_LABELS: Record<string, string> = {
  answered: "Answered",
  request_created: "Request created",
  request_linked: "Added to an existing request",
  transferred: "Transferred",
  referred: "Referred",
  abandoned: "Abandoned",
};

interface WrapUpFormProps {
  interaction: InteractionView;
  codeRef: RefObject<HTMLSelectElement | null>;
  onEnded: (interaction: InteractionView) => void;
}

/** Ends the active contact with a wrap-up code and an optional note. */
export function WrapUpForm({ interaction, codeRef, onEnded }: WrapUpFormProps) {
  const end = useEndContact();
  const [code, setCode] = useState("");
  const [note, setNote] = useState("");

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    end.mutate(
      { id: interaction.id, wrapUpCode: code || undefined, note: note.trim() || undefined },
      { onSuccess: onEnded },
    );
  };

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} aria-labelledby="console-wrap-up-heading">
      <h2 id="console-wrap-up-heading">Wrap up</h2>
      {end.isError ? <ErrorAlert error={end.error} /> : null}
      <Label htmlFor="console-wrap-up-code">Wrap-up code</Label>
      <Select
        id="console-wrap-up-code"
        name="wrapUpCode"
        inputRef={codeRef}
        aria-keyshortcuts="Alt+W"
        value={code}
        onChange={(e) => setCode(e.target.value)}
      >
        <option value="">- Select -</option>
        {WRAP_UP_CODES.map((c) => (
          <option key={c.code} value={c.code}>
            {c.label}
          </option>
        ))}
      </Select>
      <Label htmlFor="console-wrap-up-note" hint=" (optional)">
        Note
      </Label>
      <Textarea
        id="console-wrap-up-note"
        name="note"
        maxLength={4000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" aria-disabled={end.isPending}>
        {end.isPending ? "Ending contact…" : "End contact"}
      </Button>
    </form>
  );
}

interface ContactSummaryProps {
  interaction: InteractionView;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onNewContact: () => void;
}

/** What happened on the contact that just ended, and the way to the next one. */
export function ContactSummary({ interaction, headingRef, onNewContact }: ContactSummaryProps) {
  const wrapUp =
    WRAP_UP_CODES.find((c) => c.code === interaction.wrapUpCode)?.label ?? interaction.wrapUpCode;
  return (
    <section aria-labelledby="console-summary-heading" className="console-panel">
      <h2 id="console-summary-heading" ref={headingRef} tabIndex={-1}>
        Contact ended
      </h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Outcomes</dt>
          <dd data-outcomes={interaction.outcomes.join(" ")}>
            {interaction.outcomes.length > 0
              ? interaction.outcomes.map((o) => OUTCOME_LABELS[o] ?? o).join(", ")
              : "None recorded"}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>Handle time</dt>
          <dd>
            {interaction.handleSeconds !== null ? formatDuration(interaction.handleSeconds) : "Unknown"}
          </dd>
        </div>
        {interaction.articles.length > 0 ? (
          <div className="summary-list__row">
            <dt>Answered from</dt>
            <dd>{interaction.articles.map((a) => a.title).join(", ")}</dd>
          </div>
        ) : null}
        {interaction.requests.length > 0 ? (
          <div className="summary-list__row">
            <dt>Requests</dt>
            <dd>
              {interaction.requests
                .map((r) => `${r.number} (${r.relation === "created" ? "created" : "added to"})`)
                .join(", ")}
            </dd>
          </div>
        ) : null}
        {interaction.transferredTo ? (
          <div className="summary-list__row">
            <dt>Transferred to</dt>
            <dd>
              {interaction.transferredTo.name}
              {interaction.transferredTo.transferPhone ? `, ${interaction.transferredTo.transferPhone}` : ""}
            </dd>
          </div>
        ) : null}
        {interaction.referredTo ? (
          <div className="summary-list__row">
            <dt>Referred to</dt>
            <dd>
              {interaction.referredTo.name}
              {interaction.referredTo.phone ? `, ${interaction.referredTo.phone}` : ""}
            </dd>
          </div>
        ) : null}
        {wrapUp ? (
          <div className="summary-list__row">
            <dt>Wrap-up code</dt>
            <dd>{wrapUp}</dd>
          </div>
        ) : null}
      </dl>
      {interaction.call ? (
        <>
          <h3 className="font-body-sm margin-bottom-0">The call</h3>
          <CallTimes call={interaction.call} />
        </>
      ) : null}
      <Button type="button" aria-keyshortcuts="Alt+N" onClick={onNewContact}>
        New contact
      </Button>
    </section>
  );
}
