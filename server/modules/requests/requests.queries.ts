import type { RequestDetail } from "../../../common/contracts/requests.js";
import type { StaffActor } from "../../platform/actor.js";
import type { DbOrTx } from "../../platform/db.js";
import { notFound } from "../../platform/errors.js";
import { getServiceByCode } from "../catalog/index.js";
import { canReadRequest } from "./requests.policy.js";
import { presentDetail } from "./requests.presenter.js";
import { eventsOf, findRequestByNumber, followerCount } from "./requests.repository.js";

/**
 * A request's staff detail with its timeline. With an actor, 404 unless that actor may read it;
 * without one (the creator reading back what it just wrote), no check.
 */
export async function getRequestDetail(
  db: DbOrTx,
  actor: StaffActor | null,
  number: string,
  now: Date,
): Promise<RequestDetail> {
  const row = await findRequestByNumber(db, number);
  if (!row || (actor && !canReadRequest(actor, row))) throw notFound("Request");
  const [events, service, followers] = await Promise.all([
    eventsOf(db, row.id),
    getServiceByCode(db, row.service.code),
    followerCount(db, row.id),
  ]);
  return presentDetail(row, events, service, followers, now);
}
