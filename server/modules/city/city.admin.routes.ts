import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { type CityAdminView, citySettingsInput } from "../../../common/contracts/city.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import { AppError } from "../../platform/errors.js";
import { readStored } from "../attachments/index.js";
import { getCity, readCitySettings } from "./city.repository.js";
import { changeLogo, LOGO_PATH, logoKeyOf, removeLogo } from "./commands/change-logo.js";
import { updateCity } from "./commands/update-city.js";

const RAW_LOGO_TYPES = ["image/png", "image/jpeg", "image/webp", "image/svg+xml", "application/octet-stream"];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The logo from a raw image body (curl --data-binary) or from JSON `{ filename, dataBase64 }` (the web app). */
function logoFromBody(body: unknown): { filename: string; data: Buffer } {
  if (Buffer.isBuffer(body)) return { filename: "logo", data: body };
  if (typeof body === "object" && body !== null) {
    const { filename, dataBase64 } = body as { filename?: unknown; dataBase64?: unknown };
    if (typeof dataBase64 === "string" && BASE64.test(dataBase64.replace(/\s/g, "")))
      return {
        filename: typeof filename === "string" ? filename : "logo",
        data: Buffer.from(dataBase64, "base64"),
      };
  }
  const message = "Choose a PNG, JPEG or WebP image for the logo.";
  throw new AppError("validation_failed", message, [{ field: "logo", message }]);
}

/** Administration of the city's settings (under /api/admin/), and the public logo it uploads. */
export async function cityAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, clock, config } = deps;
  const timeZoneView = { timeZone: config.timeZone, timeZoneSource: "TZ" };

  r.get("/api/admin/city", async (request): Promise<CityAdminView> => {
    requireStaff(request);
    return { ...(await getCity(db, config.timeZone)), ...timeZoneView };
  });

  r.put("/api/admin/city", { schema: { body: citySettingsInput } }, async (request) => {
    const actor = requireStaff(request);
    const changes = await updateCity({ db, actor, clock }, request.body);
    const city: CityAdminView = { ...(await getCity(db, config.timeZone)), ...timeZoneView };
    return { city, changed: Object.keys(changes) };
  });

  // Raw image bodies stay bytes here; the content decides the type, never this header.
  app.addContentTypeParser(RAW_LOGO_TYPES, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
  r.post("/api/admin/city/logo", async (request) => {
    const actor = requireStaff(request);
    const file = logoFromBody(request.body);
    return changeLogo({ db, actor, clock, dataDir: config.dataDir }, file);
  });

  r.delete("/api/admin/city/logo", async (request, reply) => {
    const actor = requireStaff(request);
    await removeLogo({ db, actor, clock, dataDir: config.dataDir });
    return reply.status(204).send();
  });

  // Public, though registered here: this plugin is the city module's one that is given DATA_DIR.
  r.get<{ Params: { key: string } }>(`${LOGO_PATH}:key`, async (request, reply) => {
    const { city } = await readCitySettings(db);
    const key = request.params.key;
    const data = logoKeyOf(city.logoUrl) === key ? await readStored(config.dataDir, key) : null;
    if (!data) throw new AppError("not_found", "The city has no such logo.");
    const ext = key.split(".").pop();
    return reply
      .header("content-type", ext === "png" ? "image/png" : ext === "webp" ? "image/webp" : "image/jpeg")
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("x-content-type-options", "nosniff")
      .header("content-security-policy", "default-src 'none'")
      .send(data);
  });
}
