import {
  DEFAULT_PHONE_SETTINGS,
  type MenuText,
  type PhoneSettings,
} from "../../../../common/contracts/telephony.js";
import type { Problem } from "../../knowledge-base/problems";

export type MenuKey = keyof MenuText;
export type MenuLanguage = "en" | "es";

/** Each text of the menu, in the order a caller hears them, with its label and what it is for. */
export const MENU_TEXTS: { key: MenuKey; label: string; hint: string }[] = [
  { key: "greeting", label: "Greeting", hint: "The first words every caller hears." },
  {
    key: "options",
    label: "Options",
    hint: "Read after the greeting: 1 for City Hall hours, 2 for a request's status, 0 for an operator (and 9 for Spanish, in the English menu).",
  },
  { key: "statusPrompt", label: "Tracking number prompt", hint: "After 2: asks for the tracking number." },
  { key: "notFound", label: "Request not found", hint: "When no request has the number entered." },
  { key: "holding", label: "While waiting", hint: "Repeated to callers waiting for an operator." },
  {
    key: "callbackOffer",
    label: "Callback offer",
    hint: "Offered when the wait passes the callback threshold.",
  },
  { key: "callbackConfirmed", label: "Callback confirmed", hint: "After the caller accepts a callback." },
  { key: "goodbye", label: "Goodbye", hint: "Before the menu hangs up." },
];

export const LANGUAGE_NAMES: Record<MenuLanguage, string> = { en: "English", es: "Spanish" };

/** The form's state: numbers as typed; the Spanish words are kept while Spanish is switched off. */
export interface PhoneDraft {
  serviceLevelSeconds: string;
  callbackOfferSeconds: string;
  hoursArticle: string;
  awayReasons: string[];
  menu: Record<MenuLanguage, MenuText>;
  spanish: boolean;
}

/** The form's starting state from the saved settings; with Spanish off, its words start from civic311's. */
export function draftFrom(s: PhoneSettings): PhoneDraft {
  return {
    serviceLevelSeconds: String(s.serviceLevelSeconds),
    callbackOfferSeconds: String(s.callbackOfferSeconds),
    hoursArticle: s.hoursArticle,
    awayReasons: [...s.awayReasons],
    menu: { en: { ...s.menu.en }, es: { ...(s.menu.es ?? DEFAULT_PHONE_SETTINGS.menu.es!) } },
    spanish: s.menu.es !== undefined,
  };
}

/** A whole number as typed, or the text itself (the server then names the field). */
function seconds(text: string): number {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : (t as unknown as number);
}

/** The body of PUT /api/admin/phone: the whole settings; Spanish left out when it is switched off. */
export function inputFrom(d: PhoneDraft): PhoneSettings {
  return {
    serviceLevelSeconds: seconds(d.serviceLevelSeconds),
    callbackOfferSeconds: seconds(d.callbackOfferSeconds),
    hoursArticle: d.hoursArticle,
    awayReasons: d.awayReasons.map((r) => r.trim()),
    menu: { en: d.menu.en, ...(d.spanish ? { es: d.menu.es } : {}) },
  };
}

export const menuFieldId = (lang: MenuLanguage, key: MenuKey) => `phone-menu-${lang}-${key}`;

/** The fields in the order the form shows them (the error summary's order). */
const ORDER = [
  "serviceLevelSeconds",
  "callbackOfferSeconds",
  "hoursArticle",
  "awayReasons",
  ...(["en", "es"] as const).flatMap((l) => MENU_TEXTS.map((t) => `menu.${l}.${t.key}`)),
];

const NUMBER_RULES: Record<string, { label: string; target: string; min: number; max: number }> = {
  serviceLevelSeconds: {
    label: "Service-level threshold",
    target: "phone-serviceLevelSeconds",
    min: 5,
    max: 600,
  },
  callbackOfferSeconds: {
    label: "Offer a callback after",
    target: "phone-callbackOfferSeconds",
    min: 10,
    max: 3600,
  },
};

/** zod's words for a text as an editor reads them. */
function textMessage(message: string): string {
  if (/expected string to have >=1/.test(message)) return "must not be empty";
  const max = /expected string to have <=(\d+)/.exec(message);
  if (max) return `must have at most ${Number(max[1]).toLocaleString("en-US")} characters`;
  return message;
}

/** A server problem (`menu.es.greeting`, `awayReasons.2`) as a line of the error summary linking to its input. */
export function describePhoneField(path: string, message: string): Problem | null {
  const [field = "", second, third] = path.split(".");
  const number = NUMBER_RULES[field];
  if (number)
    return {
      field,
      target: number.target,
      text: `${number.label}: enter a whole number of seconds from ${number.min} to ${number.max}.`,
    };
  if (field === "hoursArticle")
    return { field, target: "phone-hoursArticle", text: `Hours article: ${message}.` };
  if (field === "awayReasons") {
    if (second === undefined)
      return {
        field,
        target: "phone-new-reason",
        text: "Away reasons: give between 1 and 20 reasons.",
      };
    return {
      field: `awayReasons.${second}`,
      target: `phone-reason-${second}`,
      text: `Away reason ${Number(second) + 1}: ${textMessage(message)}.`,
    };
  }
  if (field === "menu" && (second === "en" || second === "es")) {
    const text = MENU_TEXTS.find((t) => t.key === third);
    if (!text) return null;
    return {
      field: path,
      target: menuFieldId(second, text.key),
      text: `${LANGUAGE_NAMES[second]} ${text.label.toLowerCase()}: ${textMessage(message)}.`,
    };
  }
  return null;
}

/** Problems in the order their fields appear on the screen. */
export function inFormOrder(problems: Problem[]): Problem[] {
  const rank = (p: Problem) => {
    const i = ORDER.indexOf(p.field.startsWith("awayReasons") ? "awayReasons" : p.field);
    return i === -1 ? ORDER.length : i;
  };
  return [...problems].sort((a, b) => rank(a) - rank(b));
}
