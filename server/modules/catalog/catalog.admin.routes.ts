import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  agencyInput,
  codeParams,
  departmentInput,
  serviceInput,
} from "../../../common/contracts/admin-catalog.js";
import { requireStaff } from "../../platform/actor.js";
import type { AdminDeps } from "../../platform/admin.js";
import { notFound } from "../../platform/errors.js";
import {
  defaultEscalation,
  getAdminService,
  listAdminAgencies,
  listAdminDepartments,
  listAdminServices,
} from "./catalog.admin.queries.js";
import { saveAgency, setAgencyActive } from "./commands/save-agency.js";
import { saveDepartment, setDepartmentActive } from "./commands/save-department.js";
import { saveService, setServiceActive } from "./commands/save-service.js";

/**
 * Administration of departments, agencies and the service catalog (under /api/admin/, which the app already
 * limits to administrators). Each write answers with the saved thing as the editor shows it.
 */
export async function catalogAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cmd = (request: Parameters<typeof requireStaff>[0]) => ({
    db: deps.db,
    actor: requireStaff(request),
    clock: deps.clock,
  });
  const department = async (code: string) => {
    const [d] = await listAdminDepartments(deps.db, code);
    if (!d) throw notFound("Department");
    return d;
  };
  const agency = async (code: string) => {
    const [a] = await listAdminAgencies(deps.db, code);
    if (!a) throw notFound("Agency");
    return a;
  };
  const service = async (code: string) => {
    const s = await getAdminService(deps.db, code);
    if (!s) throw notFound("Service");
    return s;
  };
  const params = { params: codeParams };

  r.get("/api/admin/departments", async () => ({ items: await listAdminDepartments(deps.db) }));
  r.post("/api/admin/departments", { schema: { body: departmentInput } }, async (request, reply) => {
    const code = await saveDepartment(cmd(request), request.body);
    return reply.status(201).send(await department(code));
  });
  r.get("/api/admin/departments/:code", { schema: params }, async (request) =>
    department(request.params.code),
  );
  r.put("/api/admin/departments/:code", { schema: { ...params, body: departmentInput } }, async (request) => {
    await saveDepartment(cmd(request), request.body, request.params.code);
    return department(request.params.code);
  });
  for (const [verb, active] of [
    ["retire", false],
    ["restore", true],
  ] as const)
    r.post(`/api/admin/departments/:code/${verb}`, { schema: params }, async (request) => {
      await setDepartmentActive(cmd(request), request.params.code, active);
      return department(request.params.code);
    });

  r.get("/api/admin/agencies", async () => ({ items: await listAdminAgencies(deps.db) }));
  r.post("/api/admin/agencies", { schema: { body: agencyInput } }, async (request, reply) => {
    const code = await saveAgency(cmd(request), request.body);
    return reply.status(201).send(await agency(code));
  });
  r.get("/api/admin/agencies/:code", { schema: params }, async (request) => agency(request.params.code));
  r.put("/api/admin/agencies/:code", { schema: { ...params, body: agencyInput } }, async (request) => {
    await saveAgency(cmd(request), request.body, request.params.code);
    return agency(request.params.code);
  });
  for (const [verb, active] of [
    ["retire", false],
    ["restore", true],
  ] as const)
    r.post(`/api/admin/agencies/:code/${verb}`, { schema: params }, async (request) => {
      await setAgencyActive(cmd(request), request.params.code, active);
      return agency(request.params.code);
    });

  r.get("/api/admin/services", async () => ({
    items: await listAdminServices(deps.db),
    // A new service's editor shows the city's default levels it would use.
    defaultEscalation: await defaultEscalation(deps.db),
  }));
  r.post("/api/admin/services", { schema: { body: serviceInput } }, async (request, reply) => {
    const code = await saveService(cmd(request), request.body);
    return reply.status(201).send(await service(code));
  });
  r.get("/api/admin/services/:code", { schema: params }, async (request) => service(request.params.code));
  r.put("/api/admin/services/:code", { schema: { ...params, body: serviceInput } }, async (request) => {
    await saveService(cmd(request), request.body, request.params.code);
    return service(request.params.code);
  });
  for (const [verb, active] of [
    ["retire", false],
    ["restore", true],
  ] as const)
    r.post(`/api/admin/services/:code/${verb}`, { schema: params }, async (request) => {
      await setServiceActive(cmd(request), request.params.code, active);
      return service(request.params.code);
    });
}
