/** Ways a contact or a request reaches the city. */
export const CHANNELS = [
  "phone",
  "walk_in",
  "email",
  "web",
  "chat",
  "social",
  "sms",
  "app",
  "open311",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  phone: "Phone",
  walk_in: "Walk-in",
  email: "Email",
  web: "Web portal",
  chat: "Web chat",
  social: "Social media",
  sms: "Text message",
  app: "Mobile app",
  open311: "Open311 client",
};

/** Outcomes an interaction can have, in any combination. */
export const INTERACTION_OUTCOMES = [
  "answered",
  "request_created",
  "request_linked",
  "transferred",
  "referred",
  "abandoned",
] as const;
export type InteractionOutcome = (typeof INTERACTION_OUTCOMES)[number];

export const PRIORITIES = ["low", "normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Open311 GeoReport v2 attribute datatypes, used for service questions. */
export const QUESTION_DATATYPES = [
  "string",
  "number",
  "datetime",
  "text",
  "singlevaluelist",
  "multivaluelist",
] as const;
export type QuestionDatatype = (typeof QUESTION_DATATYPES)[number];

export const SLA_UNITS = ["business_hours", "business_days", "calendar_days"] as const;
export type SlaUnit = (typeof SLA_UNITS)[number];
