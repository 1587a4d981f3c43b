import { z } from "zod";
import { answerValue, locationInput } from "../../../common/contracts/requests.js";
import { CONTACT_PREFERENCES, LANGUAGES } from "../../../common/languages.js";

// Route-only schemas of the portal (the web app mirrors the shapes in web/api/portal.ts).

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || undefined);

/** A resident's optional contact details. */
export const portalContact = z.object({
  firstName: optionalText(100),
  lastName: optionalText(100),
  email: z
    .union([z.literal(""), z.string().trim().toLowerCase().email().max(200)])
    .optional()
    .transform((v) => v || undefined),
  phone: optionalText(40).refine((p) => p === undefined || p.replace(/\D/g, "").length >= 7, {
    message: "is not a phone number",
  }),
});

/** Body of `POST /api/public/requests` (JSON, or the `report` field of a multipart body). */
export const publicReportInput = z
  .object({
    serviceCode: z.string().min(1).max(64),
    description: optionalText(4000),
    answers: z.record(z.string(), answerValue).default({}),
    location: locationInput,
    contact: portalContact.prefault({}),
    language: z.enum(LANGUAGES).optional(),
    contactPreference: z.enum(CONTACT_PREFERENCES).optional(),
    keepPhotoLocation: z.boolean().default(false),
    /** The honeypot: hidden from people and screen readers, so only robots fill it. */
    website: z.string().max(500).optional(),
  })
  .superRefine((b, ctx) => {
    const l = b.location;
    if (l.address === undefined && l.addressId === undefined && l.lat === undefined) {
      ctx.addIssue({ code: "custom", path: ["location"], message: "is required: an address or a map pin" });
    }
    if (b.contactPreference === "email" && !b.contact.email && identifies(b.contact)) {
      ctx.addIssue({ code: "custom", path: ["contact", "email"], message: "is needed to send email" });
    }
    if ((b.contactPreference === "sms" || b.contactPreference === "phone") && !b.contact.phone) {
      ctx.addIssue({ code: "custom", path: ["contact", "phone"], message: "is needed to text or call" });
    }
  });
export type PublicReportInput = z.output<typeof publicReportInput>;

function identifies(c: z.output<typeof portalContact>): boolean {
  return Boolean(c.firstName || c.lastName || c.email || c.phone);
}

/** Body of `POST /api/public/requests/:number/followers`. */
export const followInput = z
  .object({
    email: portalContact.shape.email,
    phone: portalContact.shape.phone,
    language: z.enum(LANGUAGES).optional(),
    contactPreference: z.enum(CONTACT_PREFERENCES).optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.email && !b.phone)
      ctx.addIssue({ code: "custom", path: ["email"], message: "or a phone number is needed to follow" });
    if (b.contactPreference === "email" && !b.email && b.phone)
      ctx.addIssue({ code: "custom", path: ["email"], message: "is needed to send email" });
    if ((b.contactPreference === "sms" || b.contactPreference === "phone") && !b.phone)
      ctx.addIssue({ code: "custom", path: ["phone"], message: "is needed to text or call" });
  });
export type FollowInput = z.output<typeof followInput>;

export const numberParams = z.object({
  number: z.string().regex(/^[A-Za-z0-9-]{1,40}$/, "is not a tracking number"),
});
