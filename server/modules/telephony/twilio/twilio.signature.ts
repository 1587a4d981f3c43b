import { createHmac, timingSafeEqual } from "node:crypto";

export const TWILIO_SIGNATURE_HEADER = "x-twilio-signature";

/**
 * Twilio's request signature: base64 of HMAC-SHA1 keyed with the account's auth token over the full URL
 * Twilio requested (scheme, host, path and query) followed by every POST parameter's name and value,
 * concatenated without separators, sorted by name (a repeated name's values in order of value).
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: readonly (readonly [string, string])[],
): string {
  const sorted = [...params].sort(([ak, av], [bk, bv]) =>
    ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0,
  );
  const data = url + sorted.map(([k, v]) => k + v).join("");
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Whether a request's X-Twilio-Signature header is Twilio's signature of it (compared in constant time). */
export function isTwilioSignatureValid(
  authToken: string,
  header: string | undefined,
  url: string,
  params: readonly (readonly [string, string])[],
): boolean {
  if (!header) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}
