/** Telephony: the phone system's call events, operators' states, the queue, callbacks and the wallboard. */

export { readPhoneSettings, writePhoneSettings } from "./phone-settings.js";
export { telephonyRoutes } from "./telephony.routes.js";
export { CALL_MEASURES } from "./wallboard.js";
