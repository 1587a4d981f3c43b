import { eq } from "drizzle-orm";
import { serviceRequests } from "../../../db/schema/index.js";
import { notFound } from "../../../platform/errors.js";
import { createConstituent, phoneDigits } from "../../constituents/index.js";
import { recordEvent } from "../../requests/index.js";
import { addFollower, findConstituentByContact, requestIdByNumber } from "../portal.repository.js";
import type { FollowInput } from "../portal.schemas.js";
import { type PortalDeps, RESIDENT_ONLINE } from "./submit-report.js";

/**
 * "Follow it instead": the resident (found by email or phone, else created with their language and how to
 * reach them) follows an existing request and hears of its public changes; the timeline records, for staff
 * only, that one more resident reported it. Following twice is harmless.
 */
export async function followRequest(
  deps: Pick<PortalDeps, "db" | "clock">,
  number: string,
  input: FollowInput & { language: string },
): Promise<{ number: string; following: true; alreadyFollowing: boolean }> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const requestId = await requestIdByNumber(tx, number);
    if (requestId === null) throw notFound("Request");
    // An existing resident keeps the language and preference they chose: a stranger typing their email
    // here must not change how they are contacted.
    const constituentId =
      (await findConstituentByContact(tx, input.email, phoneDigits(input.phone))) ??
      (await createConstituent(
        tx,
        RESIDENT_ONLINE,
        {
          email: input.email,
          phone: input.phone,
          language: input.language,
          contactPreference: input.contactPreference,
        },
        now,
      ));
    const added = await addFollower(tx, requestId, constituentId, now);
    if (added) {
      await tx.update(serviceRequests).set({ updatedAt: now }).where(eq(serviceRequests.id, requestId));
      await recordEvent(tx, RESIDENT_ONLINE, {
        requestId,
        type: "caller_added",
        at: now,
        public: false,
        body: "Another resident reported this online and now follows it.",
        data: { channel: "web" },
      });
    }
    return { number, following: true as const, alreadyFollowing: !added };
  });
}
