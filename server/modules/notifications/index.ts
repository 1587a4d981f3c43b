/** Telling people what happened: residents' email and SMS for public changes, surveys, and SLA escalations. */
export { channelsFor, type DeliveryDeps, deliverEvent, noticeFor } from "./notifications.deliver.js";
export {
  alertSupervisors,
  escalateDueRequests,
  levelReached,
  STAFF_ALERT_QUEUE,
} from "./notifications.escalation.js";
export { composeMessage } from "./notifications.messages.js";
export { notificationsRoutes } from "./notifications.routes.js";
export { type Mailer, type SmsSender, smtpMailer, twilioSms } from "./notifications.senders.js";
export { linkToken, readLinkToken } from "./notifications.tokens.js";
