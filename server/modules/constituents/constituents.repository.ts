import { eq } from "drizzle-orm";
import { constituents } from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { DbOrTx } from "../../platform/db.js";

export interface NewConstituent {
  firstName?: string | undefined;
  lastName?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  address?: string | undefined;
  language?: string | undefined;
  contactPreference?: "email" | "sms" | "phone" | "none" | undefined;
}

/** Digits only, with a leading US country code dropped, so "(555) 311-2100" and "+15553112100" match. */
export function phoneDigits(phone: string | undefined | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, "");
  return digits.length === 11 && digits.startsWith("1") ? digits.slice(1) : digits || null;
}

/** Whether the details name anybody: a caller who gave only a language or a preference stays anonymous. */
export function identifiesSomeone(who: NewConstituent | undefined): who is NewConstituent {
  return Boolean(who && (who.firstName || who.lastName || who.phone || who.email || who.address));
}

/** Creates a constituent record; the audit entry names no personal data. */
export async function createConstituent(
  tx: DbOrTx,
  actor: Actor,
  input: NewConstituent,
  at: Date,
): Promise<number> {
  const [row] = await tx
    .insert(constituents)
    .values({
      firstName: input.firstName || null,
      lastName: input.lastName || null,
      phone: input.phone || null,
      phoneDigits: phoneDigits(input.phone),
      email: input.email?.toLowerCase() || null,
      address: input.address || null,
      language: input.language ?? "en",
      contactPreference: input.contactPreference ?? (input.email ? "email" : input.phone ? "sms" : "none"),
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: constituents.id });
  await audit(tx, actor, "constituent.created", "constituent", row!.id, {}, at);
  return row!.id;
}

/** Whether a constituent exists. */
export async function constituentExists(db: DbOrTx, id: number): Promise<boolean> {
  const rows = await db
    .select({ id: constituents.id })
    .from(constituents)
    .where(eq(constituents.id, id))
    .limit(1);
  return rows.length > 0;
}

/** A caller's name as staff see it ("Ana Pereira"), or null when none was given. */
export function displayName(p: { firstName: string | null; lastName: string | null }): string | null {
  return [p.firstName, p.lastName].filter(Boolean).join(" ") || null;
}
