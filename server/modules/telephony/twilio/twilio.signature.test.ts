import { describe, expect, it } from "vitest";
import { isTwilioSignatureValid, twilioSignature } from "./twilio.signature.js";

// Twilio's own worked example (twilio.com/docs/usage/security): token 12345, this URL and these parameters.
const URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
const PARAMS: [string, string][] = [
  ["Digits", "1234"],
  ["To", "+18005551212"],
  ["From", "+12349013030"],
  ["Caller", "+12349013030"],
  ["CallSid", "CA1234567890ABCDE"],
];

describe("X-Twilio-Signature", () => {
  it("matches Twilio's documented example whatever the order the parameters came in", () => {
    expect(twilioSignature("12345", URL, PARAMS)).toBe("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
    expect(twilioSignature("12345", URL, [...PARAMS].reverse())).toBe("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
  });

  it("refuses a missing header, another token, another URL and a changed parameter", () => {
    const good = twilioSignature("12345", URL, PARAMS);
    expect(isTwilioSignatureValid("12345", good, URL, PARAMS)).toBe(true);
    expect(isTwilioSignatureValid("12345", undefined, URL, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid("54321", good, URL, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid("12345", good, `${URL}&baz=3`, PARAMS)).toBe(false);
    expect(isTwilioSignatureValid("12345", good, URL, [...PARAMS.slice(1), ["Digits", "1235"]])).toBe(false);
    expect(isTwilioSignatureValid("12345", good.slice(0, -2), URL, PARAMS)).toBe(false);
  });
});
