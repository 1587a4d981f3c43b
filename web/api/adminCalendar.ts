import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DepartmentHours,
  Holiday,
  HolidayCopyResult,
  HolidayInput,
  HoursPeriod,
} from "../../common/contracts/calendar.js";
import { apiFetch } from "./client";

const keys = {
  hours: (code: string) => ["admin", "hours", code] as const,
  holidays: ["admin", "holidays"] as const,
};

/** A department's working week; idle until a department is chosen. */
export function useDepartmentHours(code: string) {
  return useQuery({
    queryKey: keys.hours(code),
    queryFn: ({ signal }) =>
      apiFetch<DepartmentHours>("GET", `/api/admin/calendar/departments/${encodeURIComponent(code)}/hours`, {
        signal,
      }),
    enabled: code !== "",
  });
}

/** Replaces a department's working week. */
export function useSaveHours(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (periods: HoursPeriod[]) =>
      apiFetch<DepartmentHours>("PUT", `/api/admin/calendar/departments/${encodeURIComponent(code)}/hours`, {
        body: { periods },
      }),
    onSuccess: (data) => queryClient.setQueryData(keys.hours(code), data),
  });
}

/** The holidays of one year. */
export function useHolidays(year: number) {
  return useQuery({
    queryKey: [...keys.holidays, year],
    queryFn: ({ signal }) =>
      apiFetch<{ items: Holiday[] }>("GET", `/api/admin/holidays?year=${year}`, { signal }),
    select: (data) => data.items,
  });
}

/** Adds (no id) or changes a holiday. */
export function useSaveHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: number; input: HolidayInput }) =>
      id === undefined
        ? apiFetch<Holiday>("POST", "/api/admin/holidays", { body: input })
        : apiFetch<Holiday>("PUT", `/api/admin/holidays/${id}`, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.holidays }),
  });
}

/** Deletes a holiday. */
export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiFetch<void>("DELETE", `/api/admin/holidays/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.holidays }),
  });
}

/** Copies one year's holidays to another. */
export function useCopyHolidays() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { fromYear: number; toYear: number }) =>
      apiFetch<HolidayCopyResult>("POST", "/api/admin/holidays/copy", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.holidays }),
  });
}
