import { eq, max } from "drizzle-orm";
import { serviceTypes, settings } from "../../db/schema/index.js";
import { getServiceByCode, listServices } from "../catalog/index.js";
import { addPublicComment } from "../requests/index.js";
import type { Open311Context } from "./open311.context.js";
import { Open311Error } from "./open311.errors.js";
import { list, type Node, parseW3c } from "./open311.format.js";
import type { Params } from "./open311.params.js";
import { presentDefinition, presentService, presentUpdate } from "./open311.presenter.js";
import { findPostedUpdate, publicEvents, requestIdByNumber } from "./open311.repository.js";
import { dryRun, toOpen311 } from "./open311.requests.js";

/** When the catalog or city settings last changed, as a strict ISO 8601 stamp (discovery's `changeset`). */
export async function changeset(ctx: Open311Context): Promise<string> {
  const [s] = await ctx.db.select({ at: max(serviceTypes.updatedAt) }).from(serviceTypes);
  const [c] = await ctx.db
    .select({ at: max(settings.updatedAt) })
    .from(settings)
    .where(eq(settings.key, "city"));
  const latest = Math.max(s?.at ? new Date(s.at).getTime() : 0, c?.at ? new Date(c.at).getTime() : 0);
  return new Date(latest || Date.UTC(2026, 0, 1)).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The discovery document: a production and a test endpoint, both formats. */
export async function discovery(ctx: Open311Context, base: string): Promise<Node> {
  const stamp = await changeset(ctx);
  const endpoint = (type: string, url: string) => ({
    specification: "http://wiki.open311.org/GeoReport_v2",
    url,
    changeset: stamp,
    type,
    formats: list("format", ["text/xml", "application/json"]),
  });
  return {
    changeset: stamp,
    contact: `${ctx.cityName} 311. Questions about this API: ${base}/ (call 311 for city services).`,
    key_service:
      "API keys are issued by the city's 311 administrators; ask them for one (they create it with civic311).",
    endpoints: list("endpoint", [
      endpoint("production", `${base}/open311/v2/`),
      endpoint("test", `${base}/open311/test/v2/`),
    ]),
  };
}

/** GET services: every active service residents may request online. */
export async function services(ctx: Open311Context): Promise<Node> {
  const all = await listServices(ctx.db);
  return list("service", all.filter((s) => s.availableOnline).map(presentService));
}

/** GET services/{code}. */
export async function definition(ctx: Open311Context, code: string): Promise<Node> {
  const s = await getServiceByCode(ctx.db, code);
  if (!s?.active || !s.availableOnline) throw new Open311Error(404, `Service ${code} was not found.`);
  return presentDefinition(s);
}

/** GET servicerequestupdates (FixMyStreet): public changes within [start_date, end_date]. */
export async function getUpdates(ctx: Open311Context, params: Params): Promise<Node> {
  const read = (name: string) => {
    const raw = params.get(name);
    const d = raw === undefined ? undefined : parseW3c(raw);
    if (d === null) throw new Open311Error(400, `${name} must be a W3C datetime.`);
    return d;
  };
  const now = ctx.clock.now();
  const end = read("end_date") ?? now;
  const start = read("start_date") ?? new Date(end.getTime() - 86_400_000);
  if (start > end) throw new Open311Error(400, "start_date must not be after end_date.");
  const events = (
    await publicEvents(ctx.db, { from: start, to: new Date(end.getTime() + 1000), limit: 5000 })
  ).filter(
    // Comments that came in from outside are not echoed back as city updates.
    (e) => e.type !== "comment" && e.at <= end,
  );
  return list(
    "request_update",
    events.map((e) => presentUpdate(e, ctx.timeZone, null)),
  );
}

/** POST servicerequestupdates (FixMyStreet): a resident's comment, idempotent on the client's update_id. */
export async function postUpdate(ctx: Open311Context, params: Params): Promise<Node> {
  const actor = await ctx.gate.admit(params.get("api_key"));
  const missing = ["service_request_id", "update_id", "status", "updated_datetime", "description"].filter(
    (n) => !params.get(n),
  );
  if (missing.length)
    throw new Open311Error(400, `${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} required.`);
  const number = params.get("service_request_id")!;
  const updateId = params.get("update_id")!.slice(0, 100);
  const at = parseW3c(params.get("updated_datetime")!);
  if (!at) throw new Open311Error(400, "updated_datetime must be a W3C datetime.");
  const requestId = await requestIdByNumber(ctx.db, number);
  if (requestId === null) throw new Open311Error(404, `Service request ${number} was not found.`);
  const existing = await findPostedUpdate(ctx.db, requestId, actor.apiKeyId, updateId);
  const comment = (db: typeof ctx.db) =>
    addPublicComment({ db, actor, clock: ctx.clock }, number, {
      body: params.get("description")!.slice(0, 4000),
      data: {
        source: "open311",
        apiKeyId: String(actor.apiKeyId),
        externalUpdateId: updateId,
        externalStatus: params.get("status")!.toLowerCase(),
        reportedAt: at.toISOString(),
        mediaUrls: params.all("media_url").slice(0, 10),
      },
    }).catch(toOpen311);
  // The test endpoint checks the update and rolls it back.
  const id = existing ?? (await (ctx.test ? dryRun(ctx, comment) : comment(ctx.db)));
  return list("request_update", [{ update_id: String(id) }]);
}
