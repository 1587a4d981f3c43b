import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  holidayCopyInput,
  holidayInput,
  holidaysQuery,
  hoursInput,
} from "../../../common/contracts/calendar.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import { copyHolidays, deleteHoliday, getHours, listHolidays, saveHoliday, saveHours } from "./sla.admin.js";

const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const codeParams = z.object({ code: z.string().min(1).max(64) });

/** Administration of working hours and holidays (under /api/admin/; the guard admits admins only). */
export async function calendarAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const command = (request: Parameters<typeof requireStaff>[0]) => ({
    db: deps.db,
    actor: requireStaff(request),
    clock: deps.clock,
  });

  r.get(
    "/api/admin/calendar/departments/:code/hours",
    { schema: { params: codeParams } },
    async (request) => {
      requireStaff(request);
      return getHours(deps.db, request.params.code);
    },
  );

  r.put(
    "/api/admin/calendar/departments/:code/hours",
    { schema: { params: codeParams, body: hoursInput } },
    async (request) => {
      await saveHours(command(request), request.params.code, request.body.periods);
      return getHours(deps.db, request.params.code);
    },
  );

  r.get("/api/admin/holidays", { schema: { querystring: holidaysQuery } }, async (request) => {
    requireStaff(request);
    return { items: await listHolidays(deps.db, request.query.year) };
  });

  r.post("/api/admin/holidays", { schema: { body: holidayInput } }, async (request, reply) =>
    reply.status(201).send(await saveHoliday(command(request), request.body)),
  );

  r.put("/api/admin/holidays/:id", { schema: { params: idParams, body: holidayInput } }, async (request) =>
    saveHoliday(command(request), request.body, request.params.id),
  );

  r.delete("/api/admin/holidays/:id", { schema: { params: idParams } }, async (request, reply) => {
    await deleteHoliday(command(request), request.params.id);
    return reply.status(204).send();
  });

  r.post("/api/admin/holidays/copy", { schema: { body: holidayCopyInput } }, async (request) => {
    const { fromYear, toYear } = request.body;
    return copyHolidays(command(request), fromYear, toYear);
  });
}
