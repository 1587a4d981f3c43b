import { z } from "zod";
import { CHANNELS, INTERACTION_OUTCOMES } from "../channels.js";
import { constituentContact, constituentInput } from "./requests.js";

/** Body of `POST /api/interactions`: a contact begins (the phone system's webhook calls the same command). */
export const startInteractionInput = z.object({
  channel: z.enum(CHANNELS).default("phone"),
  constituentId: z.number().int().positive().optional(),
  constituent: constituentInput.optional(),
  externalCallId: z.string().trim().max(200).optional(),
});

export const answerInput = z.object({ articleId: z.number().int().positive() });
export const linkRequestInput = z.object({ number: z.string().trim().min(1).max(40) });
export const transferInput = z.object({ departmentCode: z.string().trim().min(1).max(64) });
export const referralInput = z.object({ agencyCode: z.string().trim().min(1).max(64) });
export const endInteractionInput = z.object({
  wrapUpCode: z.string().trim().min(1).max(64).optional(),
  note: z.string().trim().max(4000).optional(),
  abandoned: z.boolean().default(false),
});

/**
 * The phone call a contact came from (or the call whose callback it is), as the phone system reported it:
 * when it arrived, was answered and ended, seconds in the queue and talking (answer to end or transfer).
 */
export const interactionCall = z.object({
  arrivedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  queueSeconds: z.number().nullable(),
  talkSeconds: z.number().nullable(),
});
export type InteractionCall = z.infer<typeof interactionCall>;

export const interactionView = z.object({
  id: z.number(),
  channel: z.enum(CHANNELS),
  constituent: constituentContact.nullable(),
  operator: z.object({ id: z.number(), name: z.string() }).nullable(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  handleSeconds: z.number().nullable(),
  outcomes: z.array(z.enum(INTERACTION_OUTCOMES)),
  articles: z.array(z.object({ id: z.number(), title: z.string() })),
  requests: z.array(z.object({ number: z.string(), relation: z.enum(["created", "linked"]) })),
  transferredTo: z
    .object({
      code: z.string(),
      name: z.string(),
      transferPhone: z.string().nullable(),
      hours: z.string().nullable(),
    })
    .nullable(),
  referredTo: z
    .object({
      code: z.string(),
      name: z.string(),
      phone: z.string().nullable(),
      hours: z.string().nullable(),
      callerScript: z.string().nullable(),
    })
    .nullable(),
  wrapUpCode: z.string().nullable(),
  note: z.string().nullable(),
  /** The phone call behind the contact; null for a contact no call event describes. */
  call: interactionCall.nullable(),
});
export type InteractionView = z.infer<typeof interactionView>;
