import type { z } from "zod";
import type { createRequestInput } from "../../../../common/contracts/requests.js";
import { attachments, followers, serviceRequests } from "../../../db/schema/index.js";
import type { Actor } from "../../../platform/actor.js";
import { actorUserId } from "../../../platform/actor.js";
import type { Clock } from "../../../platform/clock.js";
import type { DbOrTx } from "../../../platform/db.js";
import { AppError } from "../../../platform/errors.js";
import type { FieldProblem } from "../../../platform/http.js";
import type { JobSender } from "../../../platform/jobs.js";
import { findAddress } from "../../addresses/index.js";
import { getServiceByCode, validateAnswers } from "../../catalog/index.js";
import { constituentExists, createConstituent, identifiesSomeone } from "../../constituents/index.js";
import { decideRouting } from "../../routing/index.js";
import { computeDueAt, loadCalendar } from "../../sla/index.js";
import { nextRequestNumber } from "../requests.repository.js";
import { recordEvent } from "./record-event.js";

export type CreateRequestData = z.output<typeof createRequestInput>;

export interface CommandDeps {
  db: DbOrTx;
  actor: Actor;
  clock: Clock;
  /** The city's time zone, for business calendars. */
  timeZone: string;
  /** Where public changes enqueue their notifications; null where nobody is to be told (the demo history). */
  jobs: JobSender | null;
}

/** A photo stored under DATA_DIR/media (`storageKey`) or known only by the client's URL (`sourceUrl`). */
export interface NewAttachment {
  storageKey?: string | null;
  sourceUrl?: string | null;
  filename: string;
  contentType: string;
  byteSize: number;
}

export interface CreatedRequest {
  id: number;
  number: string;
  departmentId: number;
  dueAt: Date | null;
}

function invalid(problems: FieldProblem[]): AppError {
  return new AppError(
    "validation_failed",
    problems.map((p) => `${p.field} ${p.message}`).join("; "),
    problems,
  );
}

/**
 * Creates a service request: validates the answers against the service's questions, routes it (the most
 * specific matching routing rule, else the service's department), computes the due date on that department's business calendar and writes the
 * first timeline event, all in one transaction.
 */
export async function createRequest(
  deps: CommandDeps,
  input: CreateRequestData,
  extras: { attachments?: NewAttachment[]; source?: { system: string; id?: string | null } } = {},
): Promise<CreatedRequest> {
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const service = await getServiceByCode(tx, input.serviceCode);
    if (!service?.active) {
      throw invalid([{ field: "serviceCode", message: `"${input.serviceCode}" is not an active service` }]);
    }
    const checked = validateAnswers(service.questions, input.answers);
    const problems = [...checked.problems];
    let address = input.location?.address ?? null;
    let lat = input.location?.lat ?? null;
    let lng = input.location?.lng ?? null;
    let district: string | null = null;
    const addressId = input.location?.addressId ?? null;
    if (addressId !== null) {
      const found = await findAddress(tx, addressId);
      if (!found)
        problems.push({ field: "location.addressId", message: "is not an address in the master list" });
      else {
        address ??= found.fullAddress;
        lat ??= found.lat;
        lng ??= found.lng;
        district = found.district;
      }
    }
    if (input.constituentId !== undefined && !(await constituentExists(tx, input.constituentId))) {
      problems.push({ field: "constituentId", message: "is not a known constituent" });
    }
    if (problems.length) throw invalid(problems);

    let constituentId = input.constituentId ?? null;
    const who = input.constituent;
    if (constituentId === null && identifiesSomeone(who)) {
      constituentId = await createConstituent(tx, deps.actor, who, now);
    }

    const priority = input.priority ?? service.priority;
    // The district: the polygon containing the point when there is one, else the address's ward.
    const decided = await decideRouting(tx, {
      serviceTypeId: service.id,
      lat,
      lng,
      addressWard: district,
      priority,
    });
    district = decided.district;
    const rule = decided.rule;
    const departmentId = rule?.departmentId ?? service.departmentId;
    let dueAt: Date | null = null;
    if (service.slaValue !== null && service.slaUnit) {
      const calendar = await loadCalendar(tx, departmentId, deps.timeZone, now);
      dueAt = computeDueAt(now, { value: service.slaValue, unit: service.slaUnit }, calendar);
    }
    const number = await nextRequestNumber(tx);
    const [row] = await tx
      .insert(serviceRequests)
      .values({
        number,
        serviceTypeId: service.id,
        status: "new",
        priority,
        description: input.description || null,
        answers: checked.answers,
        address,
        addressId,
        lat,
        lng,
        district,
        departmentId,
        dueAt,
        channel: input.channel,
        sourceSystem: extras.source?.system ?? null,
        sourceId: extras.source?.id ?? null,
        constituentId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: serviceRequests.id });
    const id = row!.id;
    if (extras.attachments?.length) {
      await tx.insert(attachments).values(
        extras.attachments.map((a) => ({
          ...a,
          requestId: id,
          public: true,
          uploadedByUserId: actorUserId(deps.actor),
          createdAt: now,
        })),
      );
    }
    if (constituentId !== null)
      await tx.insert(followers).values({ requestId: id, constituentId, createdAt: now });
    await recordEvent(
      tx,
      deps.actor,
      {
        requestId: id,
        type: "created",
        at: now,
        public: true,
        body: `${service.name} request received by ${channelWord(input.channel)}.`,
        data: {
          service: service.code,
          department: rule?.departmentCode ?? service.department.code,
          routingRuleId: rule?.id ?? null,
          channel: input.channel,
          dueAt: dueAt?.toISOString() ?? null,
          sla: service.slaValue !== null ? { value: service.slaValue, unit: service.slaUnit } : null,
        },
      },
      deps.jobs,
    );
    return { id, number, departmentId, dueAt };
  });
}

function channelWord(channel: string): string {
  return channel === "walk_in" ? "walk-in" : channel === "open311" ? "Open311" : channel;
}
