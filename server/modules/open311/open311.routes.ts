import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db.js";
import type { JobSender } from "../../platform/jobs.js";
import { MAX_UPLOAD_BYTES } from "../attachments/index.js";
import { getCity } from "../city/index.js";
import type { Open311Context } from "./open311.context.js";
import { Open311Error, renderErrors } from "./open311.errors.js";
import { CONTENT_TYPES, type Format, type Node, render } from "./open311.format.js";
import { ApiKeyGate } from "./open311.keys.js";
import { Params, type UploadedFile } from "./open311.params.js";
import { getRequests, postRequest } from "./open311.requests.js";
import { definition, discovery, getUpdates, postUpdate, services } from "./open311.services.js";

export interface Open311Deps {
  db: Db;
  clock: Clock;
  timeZone: string;
  jobs: JobSender | null;
  publicBaseUrl: string;
  dataDir: string;
}

const CITY_CACHE_MS = 5_000;

type Handler = (ctx: Open311Context, params: Params, arg: string) => Promise<Node>;

/** [method, path pattern (without the format suffix), XML root, handler]. */
const ROUTES: [string, RegExp, string, Handler][] = [
  ["GET", /^services$/, "services", (ctx) => services(ctx)],
  ["GET", /^services\/([^/]+)$/, "service_definition", (ctx, _p, code) => definition(ctx, code)],
  ["GET", /^requests$/, "service_requests", (ctx, p) => getRequests(ctx, p)],
  ["POST", /^requests$/, "service_requests", (ctx, p) => postRequest(ctx, p)],
  ["GET", /^requests\/([^/]+)$/, "service_requests", (ctx, p, id) => getRequests(ctx, p, id)],
  [
    "GET",
    /^tokens\/([^/]+)$/,
    "service_requests",
    async (_c, _p, token) => {
      // Every service is realtime: the POST returns the id at once, so no token is ever issued.
      throw new Open311Error(
        404,
        `Token ${token} was not found: this server answers POST requests with a service_request_id.`,
      );
    },
  ],
  ["GET", /^servicerequestupdates$/, "service_request_updates", (ctx, p) => getUpdates(ctx, p)],
  ["POST", /^servicerequestupdates$/, "service_request_updates", (ctx, p) => postUpdate(ctx, p)],
];

/** A clear sentence for what went wrong reading a form or multipart body. */
function uploadProblem(err: Error & { code?: string }): string {
  switch (err.code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return `A file is larger than ${MAX_UPLOAD_BYTES / 1048576} MB.`;
    case "FST_FILES_LIMIT":
      return "At most 5 files may be sent with one request.";
    case "FST_FIELDS_LIMIT":
    case "FST_PARTS_LIMIT":
      return "Too many form fields.";
    default:
      return `The request body could not be read: ${err.message}`;
  }
}

function splitFormat(path: string): { resource: string; format: Format | null } {
  const m = /^(.*)\.(xml|json)$/i.exec(path);
  return m
    ? { resource: decodeURIComponent(m[1]!), format: m[2]!.toLowerCase() as Format }
    : { resource: path, format: null };
}

async function readParams(request: FastifyRequest): Promise<Params> {
  if (request.isMultipart()) {
    const fields: [string, string][] = [];
    const files: UploadedFile[] = [];
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        if (/^(media(\[\])?|photo\d*)$/.test(part.fieldname) && data.length) {
          files.push({ field: part.fieldname, filename: part.filename, contentType: part.mimetype, data });
        }
      } else fields.push([part.fieldname, String(part.value ?? "")]);
    }
    return Params.from(request.raw.url ?? "", fields, files);
  }
  const body = request.body;
  const pairs =
    typeof body === "string"
      ? body
      : body && typeof body === "object"
        ? Object.entries(body).map(([k, v]) => [k, String(v)] as [string, string])
        : undefined;
  return Params.from(request.raw.url ?? "", pairs);
}

/**
 * The Open311 GeoReport v2 server in its own scope: `/open311/discovery.{xml,json}`, the production endpoint
 * at `/open311/v2/` and a test endpoint at `/open311/test/v2/` whose writes are checked and rolled back.
 * Errors are always in the requested format (XML when the format is unknown).
 */
export async function open311Routes(app: FastifyInstance, deps: Open311Deps): Promise<void> {
  const gate = new ApiKeyGate({ db: deps.db, clock: deps.clock });
  // The city's name and jurisdiction change rarely: read them at most every few seconds, not on every call.
  let city: { at: number; value: Promise<Awaited<ReturnType<typeof getCity>>> } | undefined;
  const cachedCity = () => {
    const now = Date.now();
    if (!city || now - city.at > CITY_CACHE_MS) city = { at: now, value: getCity(deps.db, deps.timeZone) };
    return city.value.catch((err) => {
      city = undefined;
      throw err;
    });
  };
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 1_048_576 },
    (_req, body, done) => done(null, body),
  );
  await app.register(multipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 5, fields: 200, fieldSize: 65_536 },
    throwFileSizeLimit: true,
  });

  const handle = async (
    request: FastifyRequest<{ Params: { "*": string } }>,
    reply: FastifyReply,
    test: boolean,
  ) => {
    const prefix = test ? "test/v2/" : "v2/";
    const rest = request.params["*"];
    const { resource, format } = splitFormat(rest.startsWith(prefix) ? rest.slice(prefix.length) : rest);
    const send = (status: number, root: string, body: Node, as: Format) =>
      reply
        .status(status)
        .header("content-type", CONTENT_TYPES[as])
        .send(render(as, root, body));
    const fail = (status: number, descriptions: string[], as: Format) =>
      reply
        .status(status)
        .header("content-type", CONTENT_TYPES[as])
        .send(renderErrors(as, status, descriptions));
    if (!format)
      return fail(
        404,
        [`Unknown resource or format: ${request.url.split("?")[0]}. Use .xml or .json.`],
        "xml",
      );
    try {
      const city = await cachedCity();
      const ctx: Open311Context = { ...deps, gate, test, cityName: city.name };
      const isDiscovery = !rest.startsWith("v2/") && !rest.startsWith("test/v2/");
      if (isDiscovery) {
        if (resource !== "discovery" || request.method !== "GET") throw new Open311Error(404, "Not found.");
        // The SeeClickFix validator insists on bare content types for discovery.
        const body = render(format, "discovery", await discovery(ctx, deps.publicBaseUrl));
        // A Buffer, so Fastify does not append a charset to the JSON type.
        return reply
          .status(200)
          .header("content-type", format === "xml" ? "text/xml" : "application/json")
          .send(Buffer.from(body));
      }
      const params = await readParams(request).catch(
        (err: Error & { code?: string; statusCode?: number }) => {
          throw new Open311Error(400, uploadProblem(err));
        },
      );
      const jurisdiction = params.get("jurisdiction_id");
      if (
        jurisdiction &&
        city.jurisdictionId &&
        jurisdiction.toLowerCase() !== city.jurisdictionId.toLowerCase()
      ) {
        throw new Open311Error(
          404,
          `Unknown jurisdiction_id ${jurisdiction}; this endpoint serves ${city.jurisdictionId}.`,
        );
      }
      const route = ROUTES.find(([, pattern]) => pattern.test(resource));
      if (!route) throw new Open311Error(404, `No such resource: ${resource}.`);
      const match = ROUTES.find(
        ([method, pattern]) =>
          method === (request.method === "HEAD" ? "GET" : request.method) && pattern.test(resource),
      );
      if (!match) throw new Open311Error(400, `${request.method} is not supported on ${resource}.`);
      const [, pattern, root, handler] = match;
      const arg = pattern.exec(resource)?.[1] ?? "";
      return send(200, root, await handler(ctx, params, arg), format);
    } catch (err) {
      if (err instanceof Open311Error) {
        if (err.retryAfterSeconds) reply.header("retry-after", String(err.retryAfterSeconds));
        return fail(err.status, err.descriptions, format);
      }
      const status = (err as { statusCode?: number }).statusCode;
      if (status && status >= 400 && status < 500) return fail(400, [(err as Error).message], format);
      request.log.error({ err }, "open311 request failed");
      return fail(500, ["The server could not complete the request. Please try again later."], format);
    }
  };

  // Failures before the handler (a body that cannot be parsed, say) still answer in the requested format.
  app.setErrorHandler((err, request, reply) => {
    const format = splitFormat((request.url.split("?")[0] ?? "").replace(/^\/open311\//, "")).format ?? "xml";
    const status = (err as { statusCode?: number }).statusCode;
    const code = status === 415 || (status && status >= 400 && status < 500) ? 400 : 500;
    if (code === 500) request.log.error({ err }, "open311 request failed");
    const message = code === 400 ? (err as Error).message : "The server could not complete the request.";
    return reply
      .status(code)
      .header("content-type", CONTENT_TYPES[format])
      .send(renderErrors(format, code, [message]));
  });

  app.route<{ Params: { "*": string } }>({
    method: ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"],
    url: "/open311/*",
    handler: (request, reply) => handle(request, reply, request.params["*"].startsWith("test/")),
  });
}
