import type { FastifyServerOptions } from "fastify";

/**
 * Paths of personal data and secrets that must never reach a log line.
 * Request bodies are not logged at all; these cover objects logged explicitly.
 */
export const REDACT_PATHS = [
  "req.headers.cookie",
  "req.headers.authorization",
  "req.headers['x-csrf-token']",
  "req.headers['x-api-key']",
  'res.headers["set-cookie"]',
  "*.password",
  "*.email",
  "*.phone",
  "*.firstName",
  "*.lastName",
  "*.api_key",
  // Callers' numbers in phone-system webhooks (civic311's own and Twilio's).
  "*.from",
  "*.From",
  "*.Caller",
  "*.callbackNumber",
];

/** Fastify's pino options: structured JSON, personal data redacted, query strings kept out of URLs. */
export function loggerOptions(level: string, stream?: NodeJS.WritableStream): FastifyServerOptions["logger"] {
  if (level === "silent") return false;
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: {
      // pino types the serializer by FastifyError; ours takes any thrown value.
      err: safeError as never,
      req(request: { method: string; url: string; id: string }) {
        // Query strings can hold search text typed about a resident; log the path only.
        return { method: request.method, path: request.url.split("?")[0], id: request.id };
      },
    },
  };
}

/**
 * Errors as logged (type, message, stack, own fields such as the database's `code`, and the cause), without the values a failed query was given. drizzle puts them in
 * the message ("Failed query: …\nparams: …") and in `params`, and they can be a caller's number or a
 * resident's name; the SQL, the database's error code and the stack stay.
 */
export function safeError(err: unknown): Record<string, unknown> {
  const plain = (e: unknown): Record<string, unknown> => {
    if (!(e instanceof Error)) return { message: String(e) };
    const o: Record<string, unknown> = { type: e.constructor.name, message: e.message, stack: e.stack };
    for (const [k, v] of Object.entries(e)) if (k !== "cause") o[k] = v;
    if (e.cause !== undefined) o.cause = plain(e.cause);
    return o;
  };
  const out = plain(err);
  const strip = (v: unknown) =>
    typeof v === "string" ? v.replace(/\nparams:[\s\S]*$/, "\nparams: [redacted]") : v;
  const clean = (o: Record<string, unknown>): Record<string, unknown> => {
    const copy: Record<string, unknown> = { ...o, message: strip(o.message), stack: strip(o.stack) };
    // The database's own message and detail quote values too ('value "…" is out of range', 'Key (email)=(…)'):
    // its code, routine, constraint, table and column say what failed.
    if (typeof o.severity === "string" && typeof o.code === "string") {
      const said = typeof o.message === "string" ? o.message : "";
      copy.message = `database error ${o.code}${o.routine ? ` in ${o.routine}` : ""} (message withheld: it may quote values)`;
      if (typeof copy.stack === "string" && said) copy.stack = copy.stack.split(said).join("[withheld]");
      for (const k of ["detail", "where", "hint", "internalQuery"]) delete copy[k];
    }
    if ("params" in copy) copy.params = "[redacted]";
    if (copy.cause && typeof copy.cause === "object")
      copy.cause = clean(copy.cause as Record<string, unknown>);
    return copy;
  };
  return clean(out);
}
