import type { CallEventInput } from "../common/contracts/telephony.js";
import { signWebhook } from "../server/modules/telephony/index.js";
import { E2E_WEBHOOK_SECRET } from "./harness.js";

/**
 * The scripted phone system of the browser journeys: posts signed events to a running server's call-event
 * webhook over real HTTP, as a city's phone system would. `at` defaults to now.
 */
export async function postCallEvents(
  baseUrl: string,
  events: (Omit<CallEventInput, "at"> & { at?: string | Date })[],
): Promise<{ results: { callId: string; type: string; status: string }[] }> {
  const list = events.map((e) => ({
    ...e,
    at: e.at instanceof Date ? e.at.toISOString() : (e.at ?? new Date().toISOString()),
  }));
  const body = JSON.stringify({ events: list });
  const res = await fetch(`${baseUrl}/telephony/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-civic311-signature": signWebhook(E2E_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000)),
    },
    body,
  });
  if (!res.ok) throw new Error(`call events refused: ${res.status} ${await res.text()}`);
  return (await res.json()) as { results: { callId: string; type: string; status: string }[] };
}
