import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AdminAgency,
  AdminDepartment,
  AdminService,
  AdminServiceSummary,
  AgencyInput,
  DepartmentInput,
  ServiceInput,
} from "../../common/contracts/admin-catalog.js";
import { apiFetch } from "./client";

interface Items<T> {
  items: T[];
}

/** Every department, retired ones too (administrators). */
export function useAdminDepartments() {
  return useQuery({
    queryKey: ["admin", "departments"],
    queryFn: ({ signal }) => apiFetch<Items<AdminDepartment>>("GET", "/api/admin/departments", { signal }),
    select: (d) => d.items,
  });
}

/** Every outside agency, retired ones too (administrators). */
export function useAdminAgencies() {
  return useQuery({
    queryKey: ["admin", "agencies"],
    queryFn: ({ signal }) => apiFetch<Items<AdminAgency>>("GET", "/api/admin/agencies", { signal }),
    select: (d) => d.items,
  });
}

/** Every service type, retired ones too (administrators). */
export function useAdminServices() {
  return useQuery({
    queryKey: ["admin", "services"],
    queryFn: ({ signal }) => apiFetch<ServiceList>("GET", "/api/admin/services", { signal }),
    select: (d) => d.items,
  });
}

interface ServiceList extends Items<AdminServiceSummary> {
  defaultEscalation: AdminService["defaultEscalation"];
}

/** The city's default escalation levels (services without their own use them). */
export function useDefaultEscalation() {
  return useQuery({
    queryKey: ["admin", "services"],
    queryFn: ({ signal }) => apiFetch<ServiceList>("GET", "/api/admin/services", { signal }),
    select: (d) => d.defaultEscalation,
  });
}

/** One service type as its editor shows it; idle for a new one. */
export function useAdminService(code: string | undefined) {
  return useQuery({
    queryKey: ["admin", "service", code],
    queryFn: ({ signal }) => apiFetch<AdminService>("GET", `/api/admin/services/${code}`, { signal }),
    enabled: code !== undefined,
  });
}

// After any catalog change every screen that shows the catalog reads it again: the console's service list,
// the console's agencies, the portal's services, and the admin lists.
function useInvalidateCatalog() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [["admin"], ["services"], ["departments"], ["agencies"], ["public-services"]].map((queryKey) =>
        client.invalidateQueries({ queryKey }),
      ),
    );
}

/** Creates (no `code`) or saves a service type. */
export function useSaveService(code: string | undefined) {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (input: ServiceInput) =>
      code === undefined
        ? apiFetch<AdminService>("POST", "/api/admin/services", { body: input })
        : apiFetch<AdminService>("PUT", `/api/admin/services/${code}`, { body: input }),
    onSuccess: invalidate,
  });
}

/** Creates or saves a department. */
export function useSaveDepartment(code: string | undefined) {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (input: DepartmentInput) =>
      code === undefined
        ? apiFetch<AdminDepartment>("POST", "/api/admin/departments", { body: input })
        : apiFetch<AdminDepartment>("PUT", `/api/admin/departments/${code}`, { body: input }),
    onSuccess: invalidate,
  });
}

/** Creates or saves an outside agency. */
export function useSaveAgency(code: string | undefined) {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: (input: AgencyInput) =>
      code === undefined
        ? apiFetch<AdminAgency>("POST", "/api/admin/agencies", { body: input })
        : apiFetch<AdminAgency>("PUT", `/api/admin/agencies/${code}`, { body: input }),
    onSuccess: invalidate,
  });
}

/** Retires or restores a department, agency or service type. */
export function useSetActive(kind: "departments" | "agencies" | "services") {
  const invalidate = useInvalidateCatalog();
  return useMutation({
    mutationFn: ({ code, active }: { code: string; active: boolean }) =>
      apiFetch<unknown>("POST", `/api/admin/${kind}/${code}/${active ? "restore" : "retire"}`),
    onSuccess: invalidate,
  });
}
