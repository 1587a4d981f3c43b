import { createHmac } from "node:crypto";
import type { Language } from "../../../../common/languages.js";
import type { Actor } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { Db } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import type { JobSender } from "../../../platform/jobs.js";
import { checkUpload, removeStored, type StoredFile, storeUpload } from "../../attachments/index.js";
import { createRequest } from "../../requests/index.js";
import { PORTAL_SOURCE, portalSubmissionsSince, requestableOnline } from "../portal.repository.js";
import type { PublicReportInput } from "../portal.schemas.js";

/** Photos a resident may attach to one report, and the size of each. */
export const PORTAL_PHOTOS = {
  max: 3,
  maxBytes: 8 * 1024 * 1024,
  types: { list: ["image/jpeg", "image/png", "image/webp", "image/heic"], names: "JPEG, PNG, WebP or HEIC" },
} as const;

/** Reports one address (IP) may send in `windowMs` before it is asked to wait. */
export const PORTAL_RATE_LIMIT = { max: 10, windowMs: 60 * 60 * 1000 } as const;

/** Who files portal reports: a resident, signed in to nothing. */
export const RESIDENT_ONLINE: Actor = { kind: "resident", constituentId: null, label: "Resident (online)" };

export interface PortalDeps {
  db: Db;
  clock: Clock;
  timeZone: string;
  jobs: JobSender | null;
  dataDir: string;
  /** Keys the hash of residents' IP addresses kept for rate limiting (the session secret). */
  secret: string;
}

/** A keyed hash of an IP address: enough to count one address's reports, useless for finding it. */
export function addressKey(secret: string, ip: string): string {
  return createHmac("sha256", secret).update(`portal-ip:${ip}`).digest("hex").slice(0, 32);
}

/** Throws a 429 (with how many seconds to wait) when this address has sent too many reports lately. */
async function checkRate(deps: PortalDeps, key: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - PORTAL_RATE_LIMIT.windowMs);
  const { n, oldest } = await portalSubmissionsSince(deps.db, key, since);
  if (n < PORTAL_RATE_LIMIT.max) return;
  const freeAt = (oldest ?? now).getTime() + PORTAL_RATE_LIMIT.windowMs;
  const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError(
    "rate_limited",
    `Too many reports have been sent from your connection in the last hour. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or call 311.`,
    { retryAfterSeconds },
  );
}

/**
 * Files a resident's report from the portal: refuses robots (the honeypot) and floods (per-address limit),
 * checks every photo by content and size before storing any, strips photos' location unless the resident
 * keeps it, and creates the request through the same command as every channel (channel "web").
 */
export async function submitReport(
  deps: PortalDeps,
  input: PublicReportInput & { language: Language },
  photos: { filename: string; data: Buffer }[],
  ip: string,
): Promise<{ number: string; dueAt: string | null }> {
  if (input.website) {
    // Neutral on purpose: a robot learns nothing about why.
    throw new AppError("bad_request", "Your report could not be sent. Please call 311.");
  }
  const now = deps.clock.now();
  const key = addressKey(deps.secret, ip);
  await checkRate(deps, key, now);
  // Staff-only services (internal work orders, say) are not offered online and cannot be filed from it.
  if (!(await requestableOnline(deps.db, input.serviceCode))) {
    throw new AppError("validation_failed", "This service cannot be requested online. Please call 311.", [
      { field: "serviceCode", message: "is not a service residents can request online" },
    ]);
  }
  if (photos.length > PORTAL_PHOTOS.max) {
    throw new AppError("validation_failed", `At most ${PORTAL_PHOTOS.max} photos may be attached.`, [
      { field: "photos", message: `at most ${PORTAL_PHOTOS.max} photos` },
    ]);
  }
  const rules = { maxBytes: PORTAL_PHOTOS.maxBytes, types: PORTAL_PHOTOS.types };
  const problems: { field: string; message: string }[] = [];
  let tooLarge: AppError | null = null;
  photos.forEach((p, i) => {
    try {
      checkUpload(p, rules);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.code === "payload_too_large") tooLarge ??= err;
      problems.push({ field: `photos.${i}`, message: err.message });
    }
  });
  if (tooLarge) throw new AppError("payload_too_large", (tooLarge as AppError).message, problems);
  if (problems.length)
    throw new AppError("validation_failed", problems.map((p) => p.message).join(" "), problems);

  const stored: StoredFile[] = [];
  try {
    for (const p of photos) {
      stored.push(await storeUpload(deps.dataDir, p, { ...rules, stripLocation: !input.keepPhotoLocation }));
    }
    const c = input.contact;
    const created = await createRequest(
      { db: deps.db, actor: RESIDENT_ONLINE, clock: deps.clock, timeZone: deps.timeZone, jobs: deps.jobs },
      {
        serviceCode: input.serviceCode,
        description: input.description,
        answers: input.answers,
        location: input.location,
        channel: "web",
        constituent: {
          firstName: c.firstName,
          lastName: c.lastName,
          email: c.email,
          phone: c.phone,
          language: input.language,
          contactPreference: input.contactPreference,
        },
      },
      { attachments: stored, source: { system: PORTAL_SOURCE, id: key } },
    );
    return { number: created.number, dueAt: created.dueAt?.toISOString() ?? null };
  } catch (err) {
    // A refused report leaves no photo behind.
    for (const s of stored) await removeStored(deps.dataDir, s.storageKey);
    throw err;
  }
}
