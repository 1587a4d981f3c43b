/** Telephony: the phone system's call events, operators' states, the queue, callbacks and the wallboard. */

export { signedOutOfPhoneLine } from "./commands/agent-state.js";
export { phoneAdminRoutes } from "./phone.admin.routes.js";
export { readPhoneSettings, writePhoneSettings } from "./phone-settings.js";
export { planCalls, simulatePhoneLine } from "./simulator.js";
export { telephonyRoutes } from "./telephony.routes.js";
export { twilioRoutes } from "./twilio/twilio.routes.js";
export { answeredWithin, CALL_MEASURES } from "./wallboard.js";
export { SIGNATURE_HEADER, signWebhook } from "./webhook.signature.js";
