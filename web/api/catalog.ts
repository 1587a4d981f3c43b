import { useQuery } from "@tanstack/react-query";
import type { Department, ServiceType, StaffMember } from "../../common/contracts/catalog.js";
import { apiFetch, toQueryString } from "./client";

interface Items<T> {
  items: T[];
}

const catalogStaleTime = 10 * 60_000;

/** The city's service types. */
export function useServices() {
  return useQuery({
    queryKey: ["services"],
    queryFn: ({ signal }) => apiFetch<Items<ServiceType>>("GET", "/api/services", { signal }),
    select: (data) => data.items,
    staleTime: catalogStaleTime,
  });
}

/** The city's departments. */
export function useDepartments() {
  return useQuery({
    queryKey: ["departments"],
    queryFn: ({ signal }) => apiFetch<Items<Department>>("GET", "/api/departments", { signal }),
    select: (data) => data.items,
    staleTime: catalogStaleTime,
  });
}

/** Staff members of one department (by code); idle until a code is known. */
export function useStaff(departmentCode: string | undefined) {
  return useQuery({
    queryKey: ["staff", departmentCode],
    queryFn: ({ signal }) =>
      apiFetch<Items<StaffMember>>("GET", `/api/staff${toQueryString({ department: departmentCode })}`, {
        signal,
      }),
    select: (data) => data.items,
    enabled: departmentCode !== undefined,
    staleTime: catalogStaleTime,
  });
}
