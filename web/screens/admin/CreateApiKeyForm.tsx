import { Alert, Button, ErrorMessage, FormGroup, Label, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { CreatedApiKey } from "../../../common/contracts/api-keys.js";
import { useCreateApiKey } from "../../api/apiKeys";
import { ErrorAlert } from "../../components/ErrorAlert";

export const NAME_MAX = 100;
export const RATE_MIN = 1;
export const RATE_MAX = 10_000;

/** A key form's problems, by field, as sentences. */
export interface Problems {
  name?: string;
  rate?: string;
}

/** Checks a key's name and rate limit as the server will, so most mistakes are caught before sending. */
export function check(name: string, rate: string): Problems {
  const problems: Problems = {};
  if (name.trim() === "") problems.name = "Enter a name for the key.";
  else if (name.trim().length > NAME_MAX) problems.name = `Use at most ${NAME_MAX} characters.`;
  const perMinute = Number(rate);
  if (!/^\d+$/.test(rate.trim()) || perMinute < RATE_MIN || perMinute > RATE_MAX)
    problems.rate = `Enter a whole number from ${RATE_MIN} to ${RATE_MAX.toLocaleString("en-US")}.`;
  return problems;
}

/** The form that creates a key, and the one-time display of the key it made. */
export function CreateApiKeyForm() {
  const createKey = useCreateApiKey();
  const [name, setName] = useState("");
  const [rate, setRate] = useState("60");
  const [problems, setProblems] = useState<Problems>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createKey.isPending) return;
    const found = check(name, rate);
    setProblems(found);
    if (found.name || found.rate) return;
    createKey.mutate(
      { name: name.trim(), rateLimitPerMinute: Number(rate) },
      {
        onSuccess: () => {
          setName("");
          setRate("60");
        },
      },
    );
  };

  return (
    <section aria-labelledby="create-key-heading" className="margin-top-4">
      <h3 id="create-key-heading">Create an API key</h3>
      {createKey.data ? (
        <NewKeyAlert key={createKey.data.id} created={createKey.data} onDone={() => createKey.reset()} />
      ) : null}
      {createKey.isError ? <ErrorAlert error={createKey.error} /> : null}
      <form className="usa-form maxw-full" onSubmit={onSubmit} noValidate>
        <FormGroup error={Boolean(problems.name)}>
          <Label htmlFor="api-key-name" hint=" (who the key is for)" error={Boolean(problems.name)}>
            Name
          </Label>
          {problems.name ? <ErrorMessage id="api-key-name-error">{problems.name}</ErrorMessage> : null}
          <TextInput
            id="api-key-name"
            name="name"
            type="text"
            maxLength={NAME_MAX}
            required
            autoComplete="off"
            value={name}
            validationStatus={problems.name ? "error" : undefined}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problems.name ? "api-key-name-error" : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </FormGroup>
        <FormGroup error={Boolean(problems.rate)}>
          <Label htmlFor="api-key-rate" error={Boolean(problems.rate)}>
            Requests per minute
          </Label>
          <span id="api-key-rate-hint" className="usa-hint">
            From {RATE_MIN} to {RATE_MAX.toLocaleString("en-US")}. Calls beyond this are refused for the rest
            of the minute.
          </span>
          {problems.rate ? <ErrorMessage id="api-key-rate-error">{problems.rate}</ErrorMessage> : null}
          <TextInput
            id="api-key-rate"
            name="rateLimitPerMinute"
            type="number"
            inputMode="numeric"
            min={RATE_MIN}
            max={RATE_MAX}
            step={1}
            required
            value={rate}
            className="maxw-card"
            validationStatus={problems.rate ? "error" : undefined}
            aria-invalid={problems.rate ? true : undefined}
            aria-describedby={problems.rate ? "api-key-rate-hint api-key-rate-error" : "api-key-rate-hint"}
            onChange={(e) => setRate(e.target.value)}
          />
        </FormGroup>
        <Button type="submit" aria-disabled={createKey.isPending}>
          {createKey.isPending ? "Creating key…" : "Create API key"}
        </Button>
      </form>
    </section>
  );
}

/** The new key in full, once; focus moves here so everyone learns it exists and must be copied now. */
function NewKeyAlert({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const canCopy = typeof navigator !== "undefined" && navigator.clipboard !== undefined;

  // Mounted once per key (the parent keys it by id): announce it by moving focus to it.
  useEffect(() => {
    box.current?.focus();
  }, []);

  const copy = () => {
    navigator.clipboard.writeText(created.key).then(
      () => setCopied("copied"),
      () => setCopied("failed"),
    );
  };

  return (
    <div ref={box} tabIndex={-1} className="new-api-key">
      <Alert type="success" headingLevel="h4" heading="API key created" className="margin-y-2">
        <p>
          The key for <strong>{created.name}</strong> ({created.rateLimitPerMinute} requests per minute):
        </p>
        <p>
          <code className="new-api-key__value" data-testid="new-api-key">
            {created.key}
          </code>
        </p>
        <p className="text-bold">Copy it now: it will not be shown again.</p>
        <div className="new-api-key__actions">
          {canCopy ? (
            <Button type="button" outline onClick={copy}>
              Copy key
            </Button>
          ) : null}
          <Button type="button" unstyled onClick={onDone}>
            I have copied it
          </Button>
        </div>
        <p role="status" className="margin-bottom-0">
          {copied === "copied" ? "Key copied." : copied === "failed" ? "Could not copy: select the key." : ""}
        </p>
      </Alert>
    </div>
  );
}
