import type { FastifyInstance } from "fastify";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";

export interface TwilioDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  /** Twilio's auth token, which signs its webhooks (X-Twilio-Signature); unset, the adapter answers 503. */
  authToken: string | undefined;
  /** The public base URL Twilio calls (the signature covers the full URL). */
  publicBaseUrl: string;
}

/** Twilio's voice webhooks under `/telephony/twilio/`: TO BE BUILT (issue 10). */
export async function twilioRoutes(_app: FastifyInstance, _deps: TwilioDeps): Promise<void> {}
