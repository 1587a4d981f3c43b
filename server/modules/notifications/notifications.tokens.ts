import { createHmac, timingSafeEqual } from "node:crypto";

/** What a link in a message lets its holder do, for one resident (and one request). */
export interface LinkClaim {
  purpose: "unsubscribe" | "unfollow" | "survey";
  constituentId: number;
  requestId: number;
}

const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`civic311-link\n${payload}`).digest("base64url");

/** A token for a link in an email: the claim and its HMAC, so nobody can make one for another resident. */
export function linkToken(secret: string, claim: LinkClaim): string {
  const payload = `${claim.purpose}.${claim.constituentId.toString(36)}.${claim.requestId.toString(36)}`;
  return `${payload}.${sign(secret, payload)}`;
}

/** The claim of a token made by `linkToken` with this secret, or null for anything else. */
export function readLinkToken(secret: string, token: string): LinkClaim | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [purpose, c, r, mac] = parts as [string, string, string, string];
  if (purpose !== "unsubscribe" && purpose !== "unfollow" && purpose !== "survey") return null;
  const expected = Buffer.from(sign(secret, `${purpose}.${c}.${r}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const constituentId = Number.parseInt(c, 36);
  const requestId = Number.parseInt(r, 36);
  if (!Number.isSafeInteger(constituentId) || !Number.isSafeInteger(requestId)) return null;
  return { purpose, constituentId, requestId };
}
