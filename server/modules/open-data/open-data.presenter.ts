import { DateTime } from "luxon";
import { type CloseReason, describeStatus, type RequestStatus } from "../../../common/statuses.js";
import { mediaUrl } from "../attachments/index.js";
import type { OpenDataRow } from "./open-data.query.js";

/**
 * The open-data fields, in column order: what Open311 and the public request page already publish, and
 * nothing else. Never the constituent, the assignee, answers to service questions, timeline notes or where an
 * imported record came from. Adding a field here publishes it in the CSV and the GeoJSON alike.
 */
export const OPEN_DATA_FIELDS = [
  "service_request_id",
  "requested_datetime",
  "updated_datetime",
  "closed_datetime",
  "expected_datetime",
  "status",
  "close_reason",
  "status_description",
  "service_code",
  "service_name",
  "department_code",
  "department_name",
  "description",
  "address",
  "district",
  "lat",
  "lng",
  "channel",
  "duplicate_of",
  "media_url",
] as const;

export type OpenDataField = (typeof OPEN_DATA_FIELDS)[number];
export type OpenDataRecord = Record<OpenDataField, string | number | null>;

export interface PresentContext {
  timeZone: string;
  /** Where uploaded photos are served from, for `media_url`. */
  publicBaseUrl: string;
}

/** A moment in the city's offset, to the second (`2026-11-25T10:00:00-05:00`), as Open311 writes it. */
function localTime(at: Date | null, timeZone: string): string | null {
  if (!at) return null;
  const seconds = Math.floor(at.getTime() / 1000) * 1000;
  return DateTime.fromMillis(seconds, { zone: timeZone }).toISO({ suppressMilliseconds: true });
}

/** One request as open data, field by field. */
export function presentOpenData(r: OpenDataRow, ctx: PresentContext): OpenDataRecord {
  const closed = r.status === "closed";
  return {
    service_request_id: r.number,
    requested_datetime: localTime(r.createdAt, ctx.timeZone),
    updated_datetime: localTime(r.updatedAt, ctx.timeZone),
    // As on the public page: a reopened request keeps its old closed_at in the table, but is not closed.
    closed_datetime: closed ? localTime(r.closedAt, ctx.timeZone) : null,
    // As in Open311: the due date is a promise to the public only while the work is still owed.
    expected_datetime: closed ? null : localTime(r.dueAt, ctx.timeZone),
    status: r.status,
    close_reason: closed ? r.closeReason : null,
    status_description: describeStatus(r.status as RequestStatus, r.closeReason as CloseReason | null),
    service_code: r.serviceCode,
    service_name: r.serviceName,
    department_code: r.departmentCode,
    department_name: r.departmentName,
    description: r.description,
    address: r.address,
    district: r.district,
    lat: r.lat,
    lng: r.lng,
    channel: r.channel,
    duplicate_of: r.parentNumber,
    media_url: mediaUrl(ctx.publicBaseUrl, { storageKey: r.mediaKey, sourceUrl: r.mediaSourceUrl }),
  };
}
