import { AppError } from "../../platform/errors.js";
import type { FieldProblem } from "../../platform/http.js";
import { mediaUrl, removeStored, sniffImage, storeUpload } from "../attachments/index.js";
import { getServiceByCode } from "../catalog/index.js";
import { createRequest, type NewAttachment } from "../requests/index.js";
import type { Open311Context } from "./open311.context.js";
import { Open311Error } from "./open311.errors.js";
import { list, type Node, parseW3c } from "./open311.format.js";
import type { Params } from "./open311.params.js";
import { presentRequest } from "./open311.presenter.js";
import {
  listPublicRequests,
  type PublicFilters,
  type PublicRequestRow,
  publicEvents,
} from "./open311.repository.js";

const DAY = 86_400_000;
const MAX_WINDOW_DAYS = 90;
const MAX_RESULTS = 1000;
const MAX_IDS = 10_000;

function date(params: Params, name: string): Date | undefined {
  const raw = params.get(name);
  if (raw === undefined) return undefined;
  const d = parseW3c(raw);
  if (!d) throw new Open311Error(400, `${name} must be a W3C datetime such as 2026-11-25T10:00:00-05:00.`);
  return d;
}

function positiveInt(params: Params, name: string, fallback: number, max: number): number {
  const raw = params.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new Open311Error(400, `${name} must be a whole number.`);
  return Math.min(max, Math.max(1, Number(raw)));
}

/** Reads GET requests' parameters into filters, applying the spec's 90-day window and 1,000 cap. */
export function requestFilters(params: Params, now: Date): PublicFilters {
  const ids = params.list("service_request_id");
  if (ids.length) {
    if (ids.length > MAX_IDS)
      throw new Open311Error(400, `At most ${MAX_IDS} service_request_id values at once.`);
    // A list of ids overrides every other argument, the date window and the cap included.
    return { numbers: ids, limit: ids.length, offset: 0 };
  }
  let start = date(params, "start_date");
  let end = date(params, "end_date");
  const updatedAfter = date(params, "updated_after");
  const updatedBefore = date(params, "updated_before");
  if (start && end && start > end) throw new Open311Error(400, "start_date must not be after end_date.");
  if (start && end && end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY) {
    throw new Open311Error(400, `start_date and end_date may not span more than ${MAX_WINDOW_DAYS} days.`);
  }
  if (start && !end) end = new Date(Math.min(now.getTime(), start.getTime() + MAX_WINDOW_DAYS * DAY));
  if (end && !start) start = new Date(end.getTime() - MAX_WINDOW_DAYS * DAY);
  // Without dates the window is the last 90 days, unless the client asks what changed (updated_after/before).
  if (!start && !end && !updatedAfter && !updatedBefore)
    start = new Date(now.getTime() - MAX_WINDOW_DAYS * DAY);
  const statuses = params.list("status").map((s) => s.toLowerCase());
  const unknown = statuses.filter((s) => s !== "open" && s !== "closed");
  if (unknown.length)
    throw new Open311Error(400, `status must be open and/or closed, not ${unknown.join(", ")}.`);
  const open = statuses.length === 1 ? statuses[0] === "open" : undefined;
  let bbox: PublicFilters["bbox"];
  const rawBbox = params.get("bbox");
  if (rawBbox) {
    const n = rawBbox.split(",").map(Number);
    const [minLng, minLat, maxLng, maxLat] = n as [number, number, number, number];
    if (
      n.length !== 4 ||
      n.some((x) => !Number.isFinite(x)) ||
      minLng > maxLng ||
      minLat > maxLat ||
      Math.abs(minLat) > 90 ||
      Math.abs(maxLat) > 90
    ) {
      throw new Open311Error(400, "bbox must be minLng,minLat,maxLng,maxLat in WGS84 degrees.");
    }
    bbox = [minLng, minLat, maxLng, maxLat];
  }
  const pageSize = positiveInt(params, "page_size", MAX_RESULTS, MAX_RESULTS);
  const page = params.get("page") === "0" ? 1 : positiveInt(params, "page", 1, 1_000_000);
  return {
    serviceCodes: params.list("service_code"),
    open,
    requestedFrom: start,
    requestedTo: end,
    updatedAfter,
    updatedBefore,
    bbox,
    q: params.get("q")?.slice(0, 200),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  };
}

/** Presents rows, with notes fetched in one query when `extensions=true`. */
export async function presentRows(
  ctx: Open311Context,
  rows: PublicRequestRow[],
  extended: boolean,
): Promise<Node> {
  const events =
    extended && rows.length ? await publicEvents(ctx.db, { requestIds: rows.map((r) => r.id) }) : [];
  return list(
    "request",
    rows.map((r) =>
      presentRequest(r, {
        timeZone: ctx.timeZone,
        mediaUrl: mediaUrl(ctx.publicBaseUrl, { storageKey: r.mediaKey, sourceUrl: r.mediaSourceUrl }),
        extended,
        notes: events.filter((e) => e.requestId === r.id),
      }),
    ),
  );
}

/** GET requests and GET requests/{id}. */
export async function getRequests(ctx: Open311Context, params: Params, id?: string): Promise<Node> {
  const filters = id ? { numbers: [id], limit: 1, offset: 0 } : requestFilters(params, ctx.clock.now());
  const rows = await listPublicRequests(ctx.db, filters);
  if (id && rows.length === 0) throw new Open311Error(404, `Service request ${id} was not found.`);
  return presentRows(ctx, rows, params.get("extensions")?.toLowerCase() === "true");
}

function number(params: Params, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Open311Error(400, `${name} must be a number between ${min} and ${max}.`);
  return n;
}

/** POST requests: the same create command as the staff API, with the API client as the actor. */
export async function postRequest(ctx: Open311Context, params: Params): Promise<Node> {
  const actor = await ctx.gate.admit(params.get("api_key"));
  const code = params.get("service_code");
  if (!code) throw new Open311Error(400, "service_code is required.");
  const service = await getServiceByCode(ctx.db, code);
  if (!service?.active || !service.availableOnline)
    throw new Open311Error(404, `Service ${code} was not found.`);

  const problems: string[] = [];
  const lat = number(params, "lat", -90, 90);
  const lng = number(params, "long", -180, 180);
  if ((lat === undefined) !== (lng === undefined)) problems.push("lat and long must be sent together.");
  const addressString = params.get("address_string");
  const addressIdRaw = params.get("address_id");
  const addressId = addressIdRaw && /^\d{1,9}$/.test(addressIdRaw) ? Number(addressIdRaw) : undefined;
  if (addressIdRaw && addressId === undefined)
    problems.push(`address_id ${addressIdRaw} is not in the city's address list.`);
  if (lat === undefined && !addressString && addressIdRaw === undefined) {
    problems.push("A location is required: lat and long, address_string, or address_id.");
  }
  const description = params.get("description");
  if (description && description.length > 4000)
    problems.push("description must be at most 4,000 characters.");
  const answers: Record<string, string | string[]> = {};
  for (const [attr, values] of params.attributes()) {
    const q = service.questions.find((x) => x.code === attr);
    if (q?.datatype === "multivaluelist") answers[attr] = values;
    else if (values.length > 1)
      problems.push(`attribute[${attr}] takes one value; ${values.length} were sent.`);
    else answers[attr] = values[0]!;
  }
  const email = params.get("email");
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push("email is not an email address.");
  if (problems.length) throw new Open311Error(400, problems[0]!, problems.slice(1));

  const attachments: NewAttachment[] = params
    .all("media_url")
    .filter((u) => /^https?:\/\//i.test(u))
    .slice(0, 10)
    .map((u) => ({
      sourceUrl: u.slice(0, 2000),
      filename: u.split("/").pop()?.slice(0, 200) || "media",
      contentType: "application/octet-stream",
      byteSize: 0,
    }));
  if (params.files.length) {
    // Uploaded files win over media_url (GeoReport v2.1). The test endpoint checks them but keeps none.
    attachments.length = 0;
    for (const f of params.files.slice(0, 5)) {
      if (ctx.test) {
        if (!sniffImage(f.data))
          throw new Open311Error(
            400,
            `${f.filename || "The file"} is not a JPEG, PNG, GIF, WebP or HEIC image.`,
          );
        continue;
      }
      attachments.push(await storeUpload(ctx.dataDir, f).catch(toOpen311));
    }
  }
  const input = {
    serviceCode: service.code,
    description,
    answers,
    location: { address: addressString, addressId, lat, lng },
    channel: "open311" as const,
    constituent: {
      firstName: params.get("first_name"),
      lastName: params.get("last_name"),
      phone: params.get("phone"),
      email,
    },
  };
  // The request records which API client sent it (and the client's own account id, when given).
  const source = {
    system: `open311:${actor.apiKeyId}`,
    id: params.get("account_id") ?? params.get("device_id") ?? null,
  };
  const run = (db: typeof ctx.db) =>
    createRequest({ db, actor, clock: ctx.clock, timeZone: ctx.timeZone, jobs: ctx.jobs }, input, {
      attachments,
      source,
    }).catch(toOpen311);
  const created = await (ctx.test ? dryRun(ctx, run) : run(ctx.db)).catch(async (err) => {
    // A refused request leaves no photo behind.
    for (const a of attachments) if (a.storageKey) await removeStored(ctx.dataDir, a.storageKey);
    throw err;
  });
  const notice = ctx.test
    ? "Test endpoint: the request was checked and routed, then discarded."
    : `Routed to ${service.department.name}.${created.dueAt ? " Track it with this number." : ""}`;
  const out: Record<string, Node> = { service_request_id: created.number, service_notice: notice };
  const accountId = params.get("account_id");
  if (accountId) out.account_id = accountId;
  return list("request", [out]);
}

const ROLLBACK = Symbol("rollback");

/** Runs a write inside a transaction that is always rolled back (the test endpoint). */
export async function dryRun<T>(ctx: Open311Context, run: (db: typeof ctx.db) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await ctx.db
    .transaction(async (tx) => {
      result = await run(tx as unknown as typeof ctx.db);
      throw ROLLBACK;
    })
    .catch((err) => {
      if (err !== ROLLBACK) throw err;
    });
  return result!;
}

/** Turns a command's validation error into an Open311 400 naming each field; other errors pass through. */
export function toOpen311(err: unknown): never {
  if (err instanceof AppError && (err.code === "validation_failed" || err.code === "payload_too_large")) {
    const details = (Array.isArray(err.details) ? err.details : []) as FieldProblem[];
    const lines = details.length
      ? details.map(
          (d) =>
            `${d.field.replace(/^answers\.(.+)$/, "attribute[$1]").replace(/^location\./, "")} ${d.message}`,
        )
      : [err.message];
    throw new Open311Error(400, lines[0]!, lines.slice(1));
  }
  throw err;
}
