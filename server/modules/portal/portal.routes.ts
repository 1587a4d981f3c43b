import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { LANGUAGES, type Language } from "../../../common/languages.js";
import { describeStatus, type RequestStatus } from "../../../common/statuses.js";
import { AppError, notFound } from "../../platform/errors.js";
import { requestLanguage } from "../../platform/translations.js";
import { searchAddresses } from "../addresses/index.js";
import { followRequest } from "./commands/follow-request.js";
import { PORTAL_PHOTOS, type PortalDeps, submitReport } from "./commands/submit-report.js";
import { nearbyPublicRequests } from "./portal.repository.js";
import { followInput, numberParams, publicReportInput } from "./portal.schemas.js";
import { publicServices } from "./portal.services.js";

const langQuery = z.object({ lang: z.string().max(20).optional() });

function languageOf(request: {
  query: { lang?: string | undefined };
  headers: FastifyRequest["headers"];
}): Language {
  const tag = requestLanguage(LANGUAGES, request.query.lang, request.headers["accept-language"]);
  return LANGUAGES.find((l) => l === tag) ?? "en";
}

/** A clear sentence for what went wrong reading an upload. */
function uploadProblem(err: Error & { code?: string }): AppError {
  switch (err.code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError(
        "payload_too_large",
        `A photo is larger than ${PORTAL_PHOTOS.maxBytes / 1048576} MB.`,
        [{ field: "photos", message: `is larger than ${PORTAL_PHOTOS.maxBytes / 1048576} MB` }],
      );
    case "FST_FILES_LIMIT":
      return new AppError("validation_failed", `At most ${PORTAL_PHOTOS.max} photos may be attached.`, [
        { field: "photos", message: `at most ${PORTAL_PHOTOS.max} photos` },
      ]);
    default:
      return new AppError("bad_request", `The report could not be read: ${err.message}`);
  }
}

/** The report and its photos from a JSON body, or from a multipart body (`report` JSON field, `photos` files). */
async function readReport(
  request: FastifyRequest,
): Promise<{ raw: unknown; photos: { filename: string; data: Buffer }[] }> {
  if (!request.isMultipart()) return { raw: request.body, photos: [] };
  let raw: unknown = {};
  const photos: { filename: string; data: Buffer }[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === "file") {
        const data = await part.toBuffer();
        if (data.length) photos.push({ filename: part.filename, data });
      } else if (part.fieldname === "report") {
        try {
          raw = JSON.parse(String(part.value ?? ""));
        } catch {
          throw new AppError("bad_request", "The report field is not JSON.");
        }
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw uploadProblem(err as Error & { code?: string });
  }
  return { raw, photos };
}

/**
 * The resident portal's API, open to anyone: `GET /api/public/services` (what may be requested online,
 * translated), `GET /api/public/addresses` (autocomplete), `GET /api/public/requests/nearby` (possible
 * duplicates), `POST /api/public/requests` (a report, with up to three photos) and
 * `POST /api/public/requests/:number/followers` ("follow it instead").
 */
export async function portalRoutes(app: FastifyInstance, deps: PortalDeps): Promise<void> {
  await app.register(multipart, {
    // One more byte than allowed, so the size check names the file (toBuffer throws past the limit).
    limits: { fileSize: PORTAL_PHOTOS.maxBytes, files: PORTAL_PHOTOS.max, fields: 10, fieldSize: 65_536 },
    throwFileSizeLimit: true,
  });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/api/public/services", { schema: { querystring: langQuery } }, async (request, reply) => {
    const language = languageOf(request);
    reply.header("content-language", language).header("vary", "accept-language");
    return { language, ...(await publicServices(deps.db, language)) };
  });

  r.get(
    "/api/public/addresses",
    {
      schema: {
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          limit: z.coerce.number().int().min(1).max(10).default(8),
        }),
      },
    },
    async (request) => ({ items: await searchAddresses(deps.db, request.query.q, request.query.limit) }),
  );

  r.get(
    "/api/public/requests/nearby",
    {
      schema: {
        querystring: z.object({
          service: z.string().min(1).max(64),
          lat: z.coerce.number().min(-90).max(90),
          lng: z.coerce.number().min(-180).max(180),
        }),
      },
    },
    async (request) => {
      const { service, lat, lng } = request.query;
      const found = await nearbyPublicRequests(deps.db, service, lat, lng);
      if (!found) throw notFound("Service");
      return {
        radiusM: found.radiusM,
        items: found.rows.map((row) => ({
          number: row.number,
          status: row.status,
          statusLabel: describeStatus(row.status as RequestStatus, null),
          address: row.address,
          createdAt: row.createdAt.toISOString(),
          distanceM: Math.round(row.distance),
        })),
      };
    },
  );

  r.post(
    "/api/public/requests",
    { schema: { querystring: langQuery }, config: { csrfExempt: true } },
    async (request, reply) => {
      const { raw, photos } = await readReport(request);
      const input = publicReportInput.parse(raw);
      const language = input.language ?? languageOf(request);
      const created = await submitReport(deps, { ...input, language }, photos, request.ip);
      return reply.status(201).send(created);
    },
  );

  r.post(
    "/api/public/requests/:number/followers",
    {
      schema: { params: numberParams, body: followInput, querystring: langQuery },
      config: { csrfExempt: true },
    },
    async (request) => {
      const language = request.body.language ?? languageOf(request);
      return followRequest(deps, request.params.number, { ...request.body, language });
    },
  );
}
