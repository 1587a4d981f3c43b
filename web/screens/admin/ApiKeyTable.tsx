import { Button, Table, Tag } from "@trussworks/react-uswds";
import { useRef, useState } from "react";
import type { ApiKeySummary } from "../../../common/contracts/api-keys.js";
import { useApiKeys, useRevokeApiKey } from "../../api/apiKeys";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";

/** Every key with its status; an active key is revoked in two steps, "Revoke" then "Confirm revoke". */
export function ApiKeyTable() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const status = useRef<HTMLParagraphElement>(null);

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
    </section>
  );
}

interface RevokeControlsProps {
  apiKey: ApiKeySummary;
  confirming: boolean;
  pending: boolean;
  onRevoke: () => void;
  onCancel: () => void;
}

/** One button that asks for confirmation in place (focus stays on it), and a way back out. */
function RevokeControls({ apiKey, confirming, pending, onRevoke, onCancel }: RevokeControlsProps) {
  const hintId = `revoke-hint-${apiKey.id}`;
  return (
    <div className="api-key-table__actions">
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
