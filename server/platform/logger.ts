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
      req(request: { method: string; url: string; id: string }) {
        // Query strings can hold search text typed about a resident; log the path only.
        return { method: request.method, path: request.url.split("?")[0], id: request.id };
      },
    },
  };
}
