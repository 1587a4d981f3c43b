import type { ContactPreference } from "../../../../common/languages.js";
import { ApiError } from "../../../api/client";
import type { PublicService } from "../../../api/portal";
import type { useT } from "../../../i18n";
import type { ReportLocation } from "./LocationField";
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from "./PhotosField";
import { type AnswerValue, questionFieldId } from "./QuestionField";

/** One problem, keyed by the field path the API uses (`answers.size`, `contact.email`, `photos`). */
export interface Problem {
  field: string;
  /** The element the error summary links to. */
  target: string;
  message: string;
}

type T = ReturnType<typeof useT<"report">>;

export interface ReportState {
  answers: Record<string, AnswerValue>;
  location: ReportLocation;
  photos: File[];
  contact: { firstName: string; lastName: string; email: string; phone: string };
  preference: ContactPreference;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHOTO_TYPES = /\.(jpe?g|png|webp|heic)$/i;

const isEmpty = (v: AnswerValue | undefined) =>
  v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === "");

/** Every problem the browser can see before sending, in the order of the page. */
export function validate(service: PublicService, s: ReportState, t: T): Problem[] {
  const out: Problem[] = [];
  for (const q of service.questions) {
    const v = s.answers[q.code];
    const field = `answers.${q.code}`;
    const target = questionFieldId(q);
    if (isEmpty(v)) {
      if (q.required) out.push({ field, target, message: t("errRequired", { field: q.prompt }) });
    } else if (q.datatype === "number" && Number.isNaN(Number(String(v).replace(",", ".")))) {
      out.push({ field, target, message: t("errNumber", { field: q.prompt }) });
    }
  }
  if (!s.location) out.push({ field: "location", target: "report-address", message: t("errLocation") });
  if (s.photos.length > MAX_PHOTOS)
    out.push({ field: "photos", target: "report-photos", message: t("errTooManyPhotos") });
  for (const p of s.photos) {
    if (p.size > MAX_PHOTO_BYTES)
      out.push({ field: "photos", target: "report-photos", message: t("errPhotoSize", { name: p.name }) });
    else if (!PHOTO_TYPES.test(p.name) && !/^image\/(jpeg|png|webp|heic)$/.test(p.type))
      out.push({ field: "photos", target: "report-photos", message: t("errPhotoType", { name: p.name }) });
  }
  const email = s.contact.email.trim();
  const phone = s.contact.phone.trim();
  if (email && !EMAIL.test(email))
    out.push({ field: "contact.email", target: "report-email", message: t("errEmail") });
  else if (s.preference === "email" && !email && (phone || s.contact.firstName || s.contact.lastName))
    out.push({ field: "contact.email", target: "report-email", message: t("errNeedEmail") });
  if (s.preference === "sms" && !phone)
    out.push({ field: "contact.phone", target: "report-phone", message: t("errNeedPhone") });
  return out;
}

const TARGETS: Record<string, string> = {
  location: "report-address",
  "location.addressId": "report-address",
  "location.lat": "report-address",
  "contact.email": "report-email",
  "contact.phone": "report-phone",
  "contact.firstName": "report-first-name",
  "contact.lastName": "report-last-name",
  description: "report-description",
};

/** The API's refusal as problems on the page: each field's message in the portal's language where we know it. */
export function serverProblems(error: unknown, service: PublicService, t: T): Problem[] {
  if (!(error instanceof ApiError))
    return [{ field: "", target: "report-submit", message: t("errGeneric", { message: String(error) }) }];
  if (error.status === 429) {
    const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 3600;
    return [
      {
        field: "",
        target: "report-submit",
        message: t("errRateLimited", { minutes: Math.ceil(seconds / 60) }),
      },
    ];
  }
  if (error.code === "bad_request" && error.status === 400 && !error.details)
    return [{ field: "", target: "report-submit", message: t("errRefused") }];
  const details = Array.isArray(error.details) ? (error.details as { field: string; message: string }[]) : [];
  if (error.status === 413 || details.some((d) => d.field.startsWith("photos")) || !details.length) {
    if (error.status === 413 || details.length) {
      return [{ field: "photos", target: "report-photos", message: error.message }];
    }
    return [{ field: "", target: "report-submit", message: t("errGeneric", { message: error.message }) }];
  }
  return details.map((d) => {
    const q = service.questions.find((x) => `answers.${x.code}` === d.field);
    if (q) {
      const message = d.message.startsWith("is required")
        ? t("errRequired", { field: q.prompt })
        : `${q.prompt}: ${d.message}`;
      return { field: d.field, target: questionFieldId(q), message };
    }
    if (d.field === "location")
      return { field: d.field, target: "report-address", message: t("errLocation") };
    if (d.field === "contact.email")
      return { field: d.field, target: "report-email", message: t("errEmail") };
    if (d.field === "contact.phone")
      return { field: d.field, target: "report-phone", message: t("errPhone") };
    return {
      field: d.field,
      target: TARGETS[d.field] ?? "report-submit",
      message: `${d.field} ${d.message}`,
    };
  });
}
