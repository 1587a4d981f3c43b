import { Readable } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Db } from "../../platform/db.js";
import { exportFilename, exportRangeInput, prepareExport } from "./open-data.export.js";
import { CONTENT_TYPES, EXPORT_FORMATS } from "./open-data.format.js";

export interface OpenDataDeps {
  db: Db;
  timeZone: string;
  publicBaseUrl: string;
  /** Rows per database query (tests make it small); EXPORT_PAGE_SIZE otherwise. */
  pageSize?: number;
}

/**
 * The public downloads, no sign-in: GET /open-data/requests.csv and /open-data/requests.geojson, with
 * optional `since` and `until` (local dates, inclusive). The range is checked before anything is written,
 * so a bad one is an ordinary JSON 400; after that the body streams one page of requests at a time.
 */
export async function openDataRoutes(app: FastifyInstance, deps: OpenDataDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const format of EXPORT_FORMATS) {
    r.get(
      `/open-data/requests.${format}`,
      { schema: { querystring: exportRangeInput } },
      async (request, reply) => {
        const range = request.query;
        // Fastify answers HEAD by draining the GET's stream: give it an empty one, not a whole export.
        const found =
          request.method === "HEAD"
            ? null
            : await prepareExport(deps.db, {
                ...range,
                format,
                timeZone: deps.timeZone,
                publicBaseUrl: deps.publicBaseUrl,
                pageSize: deps.pageSize,
              });
        return (
          reply
            .type(CONTENT_TYPES[format])
            .header("content-disposition", `attachment; filename="${exportFilename(format, range)}"`)
            // Descriptions are the public's own words: never let a browser guess the file is a page.
            .header("x-content-type-options", "nosniff")
            .send(Readable.from(found ? found.chunks() : []))
        );
      },
    );
  }
}
