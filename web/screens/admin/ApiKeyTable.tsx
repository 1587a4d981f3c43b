import { Button, ErrorMessage, FormGroup, Label, Table, Tag, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { ApiKeySummary } from "../../../common/contracts/api-keys.js";
import { useApiKeys, useRevokeApiKey, useUpdateApiKey } from "../../api/apiKeys";
import { ApiError } from "../../api/client";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { check, NAME_MAX, type Problems, RATE_MAX, RATE_MIN } from "./CreateApiKeyForm";

/**
 * Every key with its status. An active key can be edited (name, rate limit) in a form below the table, and
 * is revoked in two steps, "Revoke" then "Confirm revoke".
 */
export function ApiKeyTable() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const [editing, setEditing] = useState<number | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const editedKey = keys.data?.find((k) => k.id === editing && !k.revokedAt);

  const onRevoke = (key: ApiKeySummary) => {
    if (confirming !== key.id) {
      setConfirming(key.id);
      setMessage("");
      return;
    }
    if (revoke.isPending) return;
    revoke.mutate(key.id, {
      onSuccess: () => {
        setConfirming(null);
        if (editing === key.id) setEditing(null);
        setMessage(`The key for ${key.name} is revoked. Clients using it are refused from now on.`);
        // The row's buttons are gone: keep focus on the announcement rather than losing it.
        status.current?.focus();
      },
    });
  };

  return (
    <section aria-labelledby="keys-heading" className="margin-top-4">
      <h3 id="keys-heading">Keys</h3>
      {keys.isPending ? <Loading label="Loading API keys…" /> : null}
      {keys.isError ? <ErrorAlert error={keys.error} /> : null}
      {revoke.isError ? <ErrorAlert error={revoke.error} /> : null}
      <p role="status" ref={status} tabIndex={-1} className="margin-top-0">
        {message || (keys.data?.length === 0 ? "No API keys yet." : "")}
      </p>
      {keys.data && keys.data.length > 0 ? (
        <Table fullWidth compact stackedStyle="headers" caption="API keys" className="api-key-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Rate limit</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {keys.data.map((k) => (
              <tr key={k.id}>
                <th scope="row" data-label="Name">
                  {k.name}
                </th>
                <td data-label="Key">
                  <code>
                    c311_
                    <wbr />
                    {k.prefix}_…
                  </code>
                </td>
                <td data-label="Rate limit">{k.rateLimitPerMinute.toLocaleString("en-US")} per minute</td>
                <td data-label="Created">
                  <DateTime value={k.createdAt} />
                  <br />
                  <span className="font-body-3xs text-base-dark">
                    {k.createdBy ? `by ${k.createdBy}` : "from the command line"}
                  </span>
                </td>
                <td data-label="Last used">
                  {k.lastUsedAt ? (
                    <DateTime value={k.lastUsedAt} />
                  ) : (
                    <span className="text-base">Never</span>
                  )}
                </td>
                <td data-label="Status">
                  {k.revokedAt ? (
                    <>
                      <Tag className="bg-base-dark">Revoked</Tag>
                      <br />
                      <DateTime value={k.revokedAt} />
                    </>
                  ) : (
                    <Tag className="bg-green">Active</Tag>
                  )}
                </td>
                <td data-label="Action">
                  {k.revokedAt ? (
                    <span className="text-base">None</span>
                  ) : (
                    <RevokeControls
                      apiKey={k}
                      onEdit={() => {
                        setEditing(k.id);
                        setMessage("");
                      }}
                      confirming={confirming === k.id}
                      pending={revoke.isPending && revoke.variables === k.id}
                      onRevoke={() => onRevoke(k)}
                      onCancel={() => setConfirming(null)}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {editedKey ? (
        <EditApiKeyForm
          key={editedKey.id}
          apiKey={editedKey}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setMessage(
                `Saved: ${saved.name} allows ${saved.rateLimitPerMinute.toLocaleString("en-US")} requests per minute. Open311 clients already connected get the change within 10 seconds.`,
              );
            }
            status.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

interface RevokeControlsProps {
  apiKey: ApiKeySummary;
  confirming: boolean;
  pending: boolean;
  onRevoke: () => void;
  onCancel: () => void;
  onEdit: () => void;
}

/** One button that asks for confirmation in place (focus stays on it), and a way back out. */
function RevokeControls({ apiKey, confirming, pending, onRevoke, onCancel, onEdit }: RevokeControlsProps) {
  const hintId = `revoke-hint-${apiKey.id}`;
  return (
    <div className="api-key-table__actions">
      {confirming ? null : (
        <Button type="button" outline className="margin-0" onClick={onEdit}>
          Edit<span className="usa-sr-only"> key {apiKey.name}</span>
        </Button>
      )}
      <Button
        type="button"
        secondary={confirming}
        outline={!confirming}
        className="margin-0"
        aria-disabled={pending}
        aria-describedby={confirming ? hintId : undefined}
        onClick={onRevoke}
      >
        {pending ? "Revoking…" : confirming ? "Confirm revoke" : "Revoke"}
        <span className="usa-sr-only"> key {apiKey.name}</span>
      </Button>
      {confirming ? (
        <>
          <Button type="button" unstyled className="margin-0" onClick={onCancel}>
            Cancel<span className="usa-sr-only"> revoking key {apiKey.name}</span>
          </Button>
          <p id={hintId} className="usa-hint margin-0 font-body-3xs">
            Clients using this key are refused at once. This cannot be undone.
          </p>
        </>
      ) : null}
    </div>
  );
}

/** The server's field problems, in the form's words. */
function serverProblems(error: unknown): Problems {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return {};
  const fields = new Set(error.details.map((d: { field?: string }) => d.field));
  return {
    ...(fields.has("name") ? { name: `Enter a name of at most ${NAME_MAX} characters.` } : {}),
    ...(fields.has("rateLimitPerMinute")
      ? { rate: `Enter a whole number from ${RATE_MIN} to ${RATE_MAX.toLocaleString("en-US")}.` }
      : {}),
  };
}

/** Renames an active key or changes its rate limit; focus moves to its heading when it opens. */
function EditApiKeyForm({
  apiKey,
  onDone,
}: {
  apiKey: ApiKeySummary;
  onDone: (saved?: ApiKeySummary) => void;
}) {
  const update = useUpdateApiKey();
  const [name, setName] = useState(apiKey.name);
  const [rate, setRate] = useState(String(apiKey.rateLimitPerMinute));
  const [problems, setProblems] = useState<Problems>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const shown = { ...serverProblems(update.error), ...problems };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const found = check(name, rate);
    setProblems(found);
    if (found.name || found.rate) return;
    update.mutate(
      { id: apiKey.id, name: name.trim(), rateLimitPerMinute: Number(rate) },
      { onSuccess: (saved) => onDone(saved) },
    );
  };

  return (
    <section aria-labelledby="edit-key-heading" className="margin-top-4">
      <h3 id="edit-key-heading" ref={heading} tabIndex={-1}>
        Edit key {apiKey.name}
      </h3>
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <form className="usa-form maxw-full" onSubmit={onSubmit} noValidate>
        <FormGroup error={Boolean(shown.name)}>
          <Label htmlFor="edit-key-name" error={Boolean(shown.name)}>
            Key name
          </Label>
          {shown.name ? <ErrorMessage id="edit-key-name-error">{shown.name}</ErrorMessage> : null}
          <TextInput
            id="edit-key-name"
            name="name"
            type="text"
            maxLength={NAME_MAX}
            required
            autoComplete="off"
            value={name}
            validationStatus={shown.name ? "error" : undefined}
            aria-invalid={shown.name ? true : undefined}
            aria-describedby={shown.name ? "edit-key-name-error" : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </FormGroup>
        <FormGroup error={Boolean(shown.rate)}>
          <Label htmlFor="edit-key-rate" error={Boolean(shown.rate)}>
            Rate limit (requests per minute)
          </Label>
          <span id="edit-key-rate-hint" className="usa-hint">
            From {RATE_MIN} to {RATE_MAX.toLocaleString("en-US")}. Clients already connected get a new limit
            within 10 seconds.
          </span>
          {shown.rate ? <ErrorMessage id="edit-key-rate-error">{shown.rate}</ErrorMessage> : null}
          <TextInput
            id="edit-key-rate"
            name="rateLimitPerMinute"
            type="number"
            inputMode="numeric"
            min={RATE_MIN}
            max={RATE_MAX}
            step={1}
            required
            value={rate}
            className="maxw-card"
            validationStatus={shown.rate ? "error" : undefined}
            aria-invalid={shown.rate ? true : undefined}
            aria-describedby={shown.rate ? "edit-key-rate-hint edit-key-rate-error" : "edit-key-rate-hint"}
            onChange={(e) => setRate(e.target.value)}
          />
        </FormGroup>
        <Button type="submit" aria-disabled={update.isPending}>
          {update.isPending ? "Saving…" : "Save key"}
        </Button>
        <Button type="button" unstyled onClick={() => onDone()}>
          Cancel
        </Button>
      </form>
    </section>
  );
}
