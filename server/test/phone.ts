import type { FastifyInstance } from "fastify";
import type { CallEventInput } from "../../common/contracts/telephony.js";
import { signWebhook } from "../modules/telephony/index.js";
import type { Clock } from "../platform/clock.js";
import { TEST_WEBHOOK_SECRET } from "./app.js";

/** An event as a test writes it: `at` may be a Date. */
export type ScriptedEvent = Omit<CallEventInput, "at"> & { at: string | Date };

/**
 * The scripted phone system: posts events to civic311's call-event webhook, signed with the test city's
 * secret at the clock's time (or as told: a forged secret, an old timestamp).
 */
export async function postCallEvents(
  app: FastifyInstance,
  clock: Clock,
  events: ScriptedEvent | ScriptedEvent[],
  opts: { secret?: string; signedAt?: Date; rawBody?: string } = {},
) {
  const list = (Array.isArray(events) ? events : [events]).map((e) => ({
    ...e,
    at: e.at instanceof Date ? e.at.toISOString() : e.at,
  }));
  const body = opts.rawBody ?? JSON.stringify(list.length === 1 ? list[0] : { events: list });
  const t = Math.floor((opts.signedAt ?? clock.now()).getTime() / 1000);
  return app.inject({
    method: "POST",
    url: "/telephony/events",
    headers: {
      "content-type": "application/json",
      "x-civic311-signature": signWebhook(opts.secret ?? TEST_WEBHOOK_SECRET, body, t),
    },
    payload: body,
  });
}
