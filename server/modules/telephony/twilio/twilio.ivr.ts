import { and, eq } from "drizzle-orm";
import type { CloseReason, RequestStatus } from "../../../../common/statuses.js";
import { kbArticles, serviceRequests, serviceTypes } from "../../../db/schema/index.js";
import type { DbOrTx } from "../../../platform/db.js";
import { translationsFor } from "../../../platform/translations.js";

/** The menu's languages: English always, Spanish when the city's phone settings have a Spanish menu. */
export type MenuLanguage = "en" | "es";

/** What `<Say language>` each menu language is read in. */
export const SAY_LANGUAGE: Record<MenuLanguage, string> = { en: "en-US", es: "es-US" };

/** Words the menu needs that are not the city's configuration. */
export const FIXED_WORDS: Record<
  MenuLanguage,
  { sorry: string; hoursUnavailable: string; request: string; status: string; updated: string }
> = {
  en: {
    sorry: "Sorry, that is not one of the choices.",
    hoursUnavailable: "Sorry, City Hall's hours are not available by phone right now.",
    request: "Request number",
    status: "Status",
    updated: "Last updated",
  },
  es: {
    sorry: "Lo sentimos, esa no es una de las opciones.",
    hoursUnavailable:
      "Lo sentimos, el horario del Ayuntamiento no está disponible por teléfono en este momento.",
    request: "Solicitud número",
    status: "Estado",
    updated: "Última actualización",
  },
};

/** A request's status in the residents' words (the portal's wording, web/i18n/catalogs/<lang>/portal.ts). */
const STATUS_WORDS: Record<MenuLanguage, Record<RequestStatus, { label: string; explanation: string }>> = {
  en: {
    new: { label: "Received", explanation: "We have your request. The department will look at it soon." },
    acknowledged: {
      label: "Seen by the department",
      explanation: "The department has seen your request and will schedule the work.",
    },
    in_progress: { label: "Being worked on", explanation: "A crew or inspector is working on it." },
    on_hold: {
      label: "On hold",
      explanation: "Work is paused, for example while waiting for parts or a contractor.",
    },
    closed: { label: "Closed", explanation: "The city has finished with this request." },
  },
  es: {
    new: { label: "Recibida", explanation: "Recibimos su solicitud. El departamento la revisará pronto." },
    acknowledged: {
      label: "Vista por el departamento",
      explanation: "El departamento vio su solicitud y programará el trabajo.",
    },
    in_progress: { label: "En curso", explanation: "Una cuadrilla o un inspector está trabajando en ella." },
    on_hold: {
      label: "En espera",
      explanation: "El trabajo está en pausa, por ejemplo mientras se esperan piezas o un contratista.",
    },
    closed: { label: "Cerrada", explanation: "La ciudad terminó con esta solicitud." },
  },
};

const CLOSED_WORDS: Record<MenuLanguage, Record<CloseReason, { label: string; explanation: string }>> = {
  en: {
    fixed: { label: "Closed: Fixed", explanation: "The city fixed the problem." },
    no_action_needed: {
      label: "Closed: no action was needed",
      explanation: "The city looked and found nothing that needed doing.",
    },
    duplicate: {
      label: "Closed: already reported",
      explanation: "Someone had already reported this problem; follow the earlier request.",
    },
    referred: {
      label: "Closed: sent to another agency",
      explanation: "Another agency is responsible; the city passed your report on.",
    },
    not_city_responsibility: {
      label: "Closed: not the city's responsibility",
      explanation: "This is on private or state property, so the city cannot act on it.",
    },
  },
  es: {
    fixed: { label: "Cerrada: resuelta", explanation: "La ciudad resolvió el problema." },
    no_action_needed: {
      label: "Cerrada: no hacía falta ninguna acción",
      explanation: "La ciudad revisó y no encontró nada que hacer.",
    },
    duplicate: {
      label: "Cerrada: ya se había reportado",
      explanation: "Alguien ya había reportado este problema; siga la solicitud anterior.",
    },
    referred: {
      label: "Cerrada: enviada a otra agencia",
      explanation: "Otra agencia es responsable; la ciudad le envió su reporte.",
    },
    not_city_responsibility: {
      label: "Cerrada: no es responsabilidad de la ciudad",
      explanation: "Está en propiedad privada o estatal, así que la ciudad no puede actuar.",
    },
  },
};

/** A status in words, with what it means for the resident. */
export function statusWords(lang: MenuLanguage, status: string, closeReason: string | null) {
  const s = (status in STATUS_WORDS[lang] ? status : "new") as RequestStatus;
  if (s === "closed" && closeReason && closeReason in CLOSED_WORDS[lang])
    return CLOSED_WORDS[lang][closeReason as CloseReason];
  return STATUS_WORDS[lang][s];
}

/** The longest text the menu reads from an article's public answer. */
export const PHONE_TEXT_MAX = 600;

/**
 * Markdown made speakable: emphasis, headings, links, code and list bullets dropped, list items and lines
 * ended as sentences, dashes between times and days read as "to", then cut to whole sentences within `max`.
 */
export function phoneText(markdown: string, lang: MenuLanguage, max = PHONE_TEXT_MAX): string {
  const to = lang === "es" ? " a " : " to ";
  const lines = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.+?)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*/g, "$1$2")
    .replace(/(^|\W)_(?!\s)([^_]+?)_(?=\W|$)/g, "$1$2")
    .split(/\n/)
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, "")
        .replace(/^\s*>\s?/, "")
        .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((line) => line.length > 0 && !/^[-*_=]{3,}$/.test(line))
    .map((line) => (/[.!?:;]$/.test(line) ? line : `${line}.`));
  const text = lines
    .join(" ")
    .replace(/(\d|[ap]\.m\.)\s*[–—]\s*(?=\d)/g, `$1${to}`)
    .replace(/(\p{L})[–—](?=\p{L})/gu, `$1${to}`)
    .replace(/\s+[–—]\s+/g, ", ")
    .replace(/\s+/g, " ")
    .trim();
  const sentences = text.split(/(?<=[.!?])\s+(?=[\p{Lu}\d¿¡("'])/u);
  let out = "";
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  if (!out && text) {
    const cut = text.slice(0, max);
    const space = cut.lastIndexOf(" ");
    out = `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}.`;
  }
  return out;
}

/** Text to read and the language it is in (a fallback may be English inside the Spanish menu). */
export interface Spoken {
  text: string;
  language: MenuLanguage;
}

/**
 * What "press 1" reads: the published article's phone answer in the caller's language, else its English
 * phone answer; an article without one is read from its public answer (Markdown stripped, whole sentences
 * within 600 characters), in the caller's language when translated. Null when there is no such article.
 */
export async function hoursAnswer(db: DbOrTx, slug: string, lang: MenuLanguage): Promise<Spoken | null> {
  const [article] = await db
    .select({ phoneAnswer: kbArticles.phoneAnswer, publicAnswer: kbArticles.publicAnswer })
    .from(kbArticles)
    .where(and(eq(kbArticles.slug, slug), eq(kbArticles.status, "published")))
    .limit(1);
  if (!article) return null;
  const translated = (await translationsFor(db, "article", [slug], lang)).get(slug);
  const translatedPhone = translated?.get("phoneAnswer")?.trim();
  if (translatedPhone) return { text: translatedPhone, language: lang };
  const phone = article.phoneAnswer?.trim();
  if (phone) return { text: phone, language: "en" };
  const translatedPublic = translated?.get("publicAnswer")?.trim();
  if (translatedPublic) return { text: phoneText(translatedPublic, lang), language: lang };
  const text = phoneText(article.publicAnswer, "en");
  return text ? { text, language: "en" } : null;
}

/** A tracking number read digit by digit. */
const digitByDigit = (number: string) => number.split("").join(" ");

/**
 * What "press 2" reads for a tracking number: the service (in the caller's language when translated), the
 * status in words and the date of the last update in the city's time zone. Nothing personal: no name,
 * address, description or contact. Null when no request has that number.
 */
export async function requestStatusSpeech(
  db: DbOrTx,
  number: string,
  lang: MenuLanguage,
  timeZone: string,
): Promise<string[] | null> {
  if (!/^\d{1,12}$/.test(number)) return null;
  const [req] = await db
    .select({
      number: serviceRequests.number,
      serviceCode: serviceTypes.code,
      service: serviceTypes.name,
      status: serviceRequests.status,
      closeReason: serviceRequests.closeReason,
      updatedAt: serviceRequests.updatedAt,
    })
    .from(serviceRequests)
    .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
    .where(eq(serviceRequests.number, number))
    .limit(1);
  if (!req) return null;
  const service =
    (await translationsFor(db, "service", [req.serviceCode], lang)).get(req.serviceCode)?.get("name") ||
    req.service;
  const words = statusWords(lang, req.status, req.closeReason);
  const date = new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", {
    dateStyle: "full",
    timeZone,
  }).format(req.updatedAt);
  const w = FIXED_WORDS[lang];
  return [
    `${w.request} ${digitByDigit(req.number)}: ${service}.`,
    `${w.status}: ${words.label}. ${words.explanation}`,
    `${w.updated}: ${date}.`,
  ];
}
