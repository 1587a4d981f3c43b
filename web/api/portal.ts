import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type { QuestionDatatype } from "../../common/channels.js";
import type { ContactPreference, Language } from "../../common/languages.js";
import type { RequestStatus } from "../../common/statuses.js";
import { ApiError, apiFetch, toQueryString } from "./client";

/** A service residents may request online, in the portal's language (`GET /api/public/services`). */
export interface PublicService {
  code: string;
  name: string;
  group: string;
  description: string | null;
  keywords: string[];
  questions: {
    code: string;
    datatype: QuestionDatatype;
    required: boolean;
    prompt: string;
    helpText: string | null;
    values: { key: string; name: string }[];
  }[];
}
export type PublicQuestion = PublicService["questions"][number];

export interface PublicServices {
  language: Language;
  groups: { name: string; services: PublicService[] }[];
}

/** The online catalog; keyed by language because names and questions come back translated. */
export function usePublicServices(language: Language) {
  return useQuery({
    queryKey: ["public-services", language],
    queryFn: ({ signal }) =>
      apiFetch<PublicServices>("GET", `/api/public/services?lang=${language}`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export interface PublicAddress {
  kind: "address" | "intersection";
  id: number | null;
  label: string;
  lat: number;
  lng: number;
}

/** Address and intersection autocomplete (`GET /api/public/addresses?q=`). */
export function usePublicAddressSearch(q: string) {
  const text = q.trim();
  return useQuery<PublicAddress[]>({
    queryKey: ["public-addresses", text],
    queryFn: async ({ signal }) => {
      const found = await apiFetch<{ items: PublicAddress[] }>(
        "GET",
        `/api/public/addresses${toQueryString({ q: text })}`,
        { signal },
      );
      return found.items;
    },
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export interface NearbyPublicRequest {
  number: string;
  status: RequestStatus;
  statusLabel: string;
  address: string | null;
  createdAt: string;
  distanceM: number;
}

/** Open requests of the same service near a point: "Is it one of these?" */
export function useNearbyPublic(service: string, point: { lat: number; lng: number } | null) {
  return useQuery({
    queryKey: ["public-nearby", service, point?.lat, point?.lng],
    queryFn: ({ signal }) =>
      apiFetch<{ radiusM: number; items: NearbyPublicRequest[] }>(
        "GET",
        `/api/public/requests/nearby${toQueryString({
          service,
          lat: String(point?.lat),
          lng: String(point?.lng),
        })}`,
        { signal },
      ),
    enabled: point !== null,
  });
}

/** What a resident sends (`POST /api/public/requests`); photos travel beside it as multipart files. */
export interface PublicReport {
  serviceCode: string;
  description?: string;
  answers: Record<string, string | number | string[]>;
  location: { address?: string; addressId?: number; lat?: number; lng?: number };
  contact: { firstName?: string; lastName?: string; email?: string; phone?: string };
  language: Language;
  contactPreference: ContactPreference;
  keepPhotoLocation: boolean;
  /** The honeypot: always empty when a person fills the form. */
  website: string;
}

async function postReport(
  report: PublicReport,
  photos: File[],
): Promise<{ number: string; dueAt: string | null }> {
  const form = new FormData();
  form.append("report", JSON.stringify(report));
  for (const p of photos) form.append("photos", p, p.name);
  let response: Response;
  try {
    response = await fetch("/api/public/requests", {
      method: "POST",
      headers: { accept: "application/json", "accept-language": report.language },
      credentials: "same-origin",
      body: form,
    });
  } catch {
    throw new ApiError(0, "unavailable", "Could not reach the server. Check your connection and try again.");
  }
  const body = (await response.json().catch(() => null)) as {
    number?: string;
    dueAt?: string | null;
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (!response.ok) {
    const error = body?.error;
    const retry = Number(response.headers.get("retry-after")) || undefined;
    throw new ApiError(
      response.status,
      error?.code ?? "bad_request",
      error?.message ?? (response.statusText || `The server answered ${response.status}.`),
      retry ? { retryAfterSeconds: retry, fields: error?.details } : error?.details,
    );
  }
  return { number: body?.number ?? "", dueAt: body?.dueAt ?? null };
}

/** Sends a report with its photos. */
export function useSubmitReport() {
  return useMutation({
    mutationFn: ({ report, photos }: { report: PublicReport; photos: File[] }) => postReport(report, photos),
  });
}

export interface FollowInput {
  email?: string;
  phone?: string;
  language: Language;
  contactPreference: ContactPreference;
}

/** "Follow it instead": hear about an existing request rather than filing a duplicate. */
export function useFollowRequest() {
  return useMutation({
    mutationFn: ({ number, ...body }: FollowInput & { number: string }) =>
      apiFetch<{ number: string; following: true; alreadyFollowing: boolean }>(
        "POST",
        `/api/public/requests/${encodeURIComponent(number)}/followers`,
        { body, skipCsrf: true },
      ),
  });
}
