import { createHmac, timingSafeEqual } from "node:crypto";

/** How far a signature's timestamp may be from the server's clock before the delivery is refused as a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const SIGNATURE_HEADER = "x-civic311-signature";

/** The header value a phone system sends: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac("sha256", secret).update(`${unixSeconds}.${body}`).digest("hex");
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * Checks a delivery's signature: the HMAC must match the raw body and the timestamp must be within
 * SIGNATURE_TOLERANCE_SECONDS of now (an old delivery replayed later is refused; one replayed within the
 * window is a duplicate of events already recorded and changes nothing). Returns the problem, or null.
 */
export function checkWebhookSignature(
  secret: string,
  header: string | undefined,
  body: string,
  now: Date,
): string | null {
  if (!header) return `missing ${SIGNATURE_HEADER} header`;
  const parts = new Map(
    header.split(",").map((p) => {
      const i = p.indexOf("=");
      return [p.slice(0, i).trim(), p.slice(i + 1).trim()] as const;
    }),
  );
  const t = Number(parts.get("t"));
  const given = parts.get("v1") ?? "";
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/i.test(given)) return `malformed ${SIGNATURE_HEADER} header`;
  if (Math.abs(now.getTime() / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS)
    return `signature timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds from the server's clock`;
  const expected = createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const actual = Buffer.from(given, "hex");
  return actual.length === expected.length && timingSafeEqual(actual, expected)
    ? null
    : "signature does not match";
}
