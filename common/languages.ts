/** Languages the city serves residents in (the portal and notifications, issue 6), as BCP 47 primary tags. */
export const LANGUAGES = ["en", "es", "pt"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as a resident choosing it would look for it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", es: "Español", pt: "Português" };

/** How a resident wants to hear back about their requests. */
export const CONTACT_PREFERENCES = ["email", "sms", "phone", "none"] as const;
export type ContactPreference = (typeof CONTACT_PREFERENCES)[number];

export const CONTACT_PREFERENCE_LABELS: Record<ContactPreference, string> = {
  email: "Email",
  sms: "Text message",
  phone: "Phone call",
  none: "Do not contact",
};
