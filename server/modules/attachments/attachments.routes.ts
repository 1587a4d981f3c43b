import { and, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { attachments } from "../../db/schema/index.js";
import type { Db } from "../../platform/db.js";
import { readStored } from "./attachments.storage.js";

/** `GET /media/:key`: public photos, fetchable by anyone (Open311 clients download `media_url`s). */
export async function attachmentsRoutes(
  app: FastifyInstance,
  deps: { db: Db; dataDir: string },
): Promise<void> {
  app.get<{ Params: { key: string } }>("/media/:key", async (request, reply) => {
    const [row] = await deps.db
      .select({ contentType: attachments.contentType })
      .from(attachments)
      .where(and(eq(attachments.storageKey, request.params.key), eq(attachments.public, true)))
      .limit(1);
    const data = row ? await readStored(deps.dataDir, request.params.key) : null;
    if (!row || !data)
      return reply.status(404).send({ error: { code: "not_found", message: "No such photo" } });
    return reply
      .header("content-type", row.contentType)
      .header("cache-control", "public, max-age=86400, immutable")
      .header("x-content-type-options", "nosniff")
      .send(data);
  });
}
