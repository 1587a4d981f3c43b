import type { StaffRequestDetail } from "../../../common/contracts/requests.js";
import type { StaffActor } from "../../platform/actor.js";
import type { DbOrTx } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { mediaUrl } from "../attachments/index.js";
import { getServiceByCode } from "../catalog/index.js";
import { canReadRequest } from "./requests.policy.js";
import { presentDetail } from "./requests.presenter.js";
import { attachmentsOf, eventsOf, findRequestByNumber, followerCount } from "./requests.repository.js";

/**
 * A request's staff detail with its timeline, district and photos. With an actor, 404 unless that actor may
 * read it; without one (the creator reading back what it just wrote), no check.
 */
export async function getRequestDetail(
  db: DbOrTx,
  actor: StaffActor | null,
  number: string,
  now: Date,
): Promise<StaffRequestDetail> {
  const row = await findRequestByNumber(db, number);
  if (!row || (actor && !canReadRequest(actor, row))) throw notFound("Request");
  const [events, service, followers, files] = await Promise.all([
    eventsOf(db, row.id),
    getServiceByCode(db, row.service.code),
    followerCount(db, row.id),
    attachmentsOf(db, row.id),
  ]);
  // Only what /media/:key serves (public uploads) or a client's own URL can be linked; a relative URL keeps
  // the staff app on whatever address it was opened at.
  const photos = files.flatMap((f) => {
    const url = f.public || f.sourceUrl ? mediaUrl("", f) : null;
    return url ? [{ url, filename: f.filename, contentType: f.contentType, public: f.public }] : [];
  });
  return { ...presentDetail(row, events, service, followers, now), district: row.district, photos };
}
