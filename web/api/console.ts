import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { Channel } from "../../common/channels.js";
import type { InteractionView } from "../../common/contracts/interactions.js";
import type { CreateRequestInput, constituentInput } from "../../common/contracts/requests.js";
import type { SearchResult } from "../../common/contracts/search.js";
import { apiFetch, toQueryString } from "./client";

interface Items<T> {
  items: T[];
}

const catalogStaleTime = 10 * 60_000;

/** One article of the knowledge base, as the console shows it. */
export interface Article {
  id: number;
  slug: string;
  title: string;
  publicAnswer: string;
  internalNotes: string | null;
  keywords: string[];
  department: {
    code: string;
    name: string;
    phone: string | null;
    transferPhone: string | null;
    hours: string | null;
  } | null;
  agency: {
    code: string;
    name: string;
    phone: string | null;
    hours: string | null;
    callerScript: string | null;
  } | null;
  services: { code: string; name: string }[];
}

/** An outside agency the city refers callers to. */
export interface Agency {
  id: number;
  code: string;
  name: string;
  phone: string | null;
  hours: string | null;
  address: string | null;
  webUrl: string | null;
  handles: string | null;
  callerScript: string | null;
}

export interface ConstituentMatch {
  id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

export interface ConstituentRequest {
  number: string;
  service: string;
  status: string;
  address: string | null;
  createdAt: string;
  dueAt: string | null;
}

export interface ConstituentDetail {
  constituent: ConstituentMatch;
  openRequests: ConstituentRequest[];
  followedRequests: ConstituentRequest[];
  recentContacts: { id: number; channel: string; startedAt: string; outcomes: string[] }[];
}

/** A place for a request: an address or intersection from the list, or a point picked on the map. */
export interface AddressSuggestion {
  kind: "address" | "intersection" | "point";
  id: number | null;
  label: string;
  lat: number | null;
  lng: number | null;
}

export interface NearbyRequest {
  number: string;
  status: string;
  address: string | null;
  createdAt: string;
  description: string | null;
  lat: number | null;
  lng: number | null;
  distance: number;
}

export interface CreatedForInteraction {
  number: string;
  dueAt: string | null;
  interaction: InteractionView;
}

/** Knowledge-base and catalog search as the operator types (idle for blank text). */
export function useConsoleSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ["console-search", text],
    queryFn: ({ signal }) =>
      apiFetch<{ results: SearchResult[] }>(
        "GET",
        `/api/search${toQueryString({ q: text, typing: "true", limit: "8" })}`,
        { signal },
      ),
    select: (data) => data.results,
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** One knowledge-base article. */
export function useArticle(id: number | undefined) {
  return useQuery({
    queryKey: ["article", id],
    queryFn: ({ signal }) => apiFetch<Article>("GET", `/api/articles/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/** Outside agencies. */
export function useAgencies() {
  return useQuery({
    queryKey: ["agencies"],
    queryFn: ({ signal }) => apiFetch<Items<Agency>>("GET", "/api/agencies", { signal }),
    select: (data) => data.items,
    staleTime: catalogStaleTime,
  });
}

/** Callers matching a phone, name, email or address (two characters at least). */
export function useConstituentSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ["constituents", text],
    queryFn: ({ signal }) =>
      apiFetch<Items<ConstituentMatch>>("GET", `/api/constituents${toQueryString({ q: text })}`, { signal }),
    select: (data) => data.items,
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
  });
}

/** A caller with their open, followed requests and recent contacts. */
export function useConstituent(id: number | undefined) {
  return useQuery({
    queryKey: ["constituent", id],
    queryFn: ({ signal }) => apiFetch<ConstituentDetail>("GET", `/api/constituents/${id}`, { signal }),
    enabled: id !== undefined,
  });
}

/** Address and intersection suggestions. */
export function useAddressSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ["addresses", text],
    queryFn: ({ signal }) =>
      apiFetch<Items<AddressSuggestion>>("GET", `/api/addresses${toQueryString({ q: text })}`, { signal }),
    select: (data) => data.items,
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
  });
}

/** Open requests of a service near a point (the duplicate check). */
export function useNearbyRequests(service: string, point: { lat: number; lng: number } | null) {
  return useQuery({
    queryKey: ["nearby", service, point?.lat, point?.lng],
    queryFn: ({ signal }) =>
      apiFetch<{ radiusM: number; items: NearbyRequest[] }>(
        "GET",
        `/api/requests/nearby${toQueryString({ service, lat: String(point?.lat), lng: String(point?.lng) })}`,
        { signal },
      ),
    enabled: point !== null,
  });
}

export interface StartContactInput {
  channel: Channel;
  constituentId?: number;
  /** A caller not found by the lookup: the details they gave. */
  constituent?: z.input<typeof constituentInput>;
  /** The phone system's id of the call this contact is for: the answer then joins this contact. */
  externalCallId?: string;
}

const interactionPath = (id: number, action: string) => `/api/interactions/${id}/${action}`;

/** Starts a contact. */
export function useStartContact() {
  return useMutation({
    mutationFn: (input: StartContactInput) =>
      apiFetch<InteractionView>("POST", "/api/interactions", { body: input }),
  });
}

/** Records that an article answered the caller. */
export function useRecordAnswer() {
  return useMutation({
    mutationFn: ({ id, articleId }: { id: number; articleId: number }) =>
      apiFetch<InteractionView>("POST", interactionPath(id, "answers"), { body: { articleId } }),
  });
}

/** Adds the caller to an existing request ("me too"). */
export function useLinkRequest() {
  return useMutation({
    mutationFn: ({ id, number }: { id: number; number: string }) =>
      apiFetch<InteractionView>("POST", interactionPath(id, "links"), { body: { number } }),
  });
}

/** Creates a request within the contact. */
export function useCreateRequestForContact() {
  return useMutation({
    mutationFn: ({ id, input }: { id: number; input: Omit<CreateRequestInput, "channel"> }) =>
      apiFetch<CreatedForInteraction>("POST", interactionPath(id, "requests"), { body: input }),
  });
}

/** Transfers the caller to a department (ends the contact). */
export function useTransfer() {
  return useMutation({
    mutationFn: ({ id, departmentCode }: { id: number; departmentCode: string }) =>
      apiFetch<InteractionView>("POST", interactionPath(id, "transfer"), { body: { departmentCode } }),
  });
}

/** Refers the caller to an outside agency (ends the contact). */
export function useReferral() {
  return useMutation({
    mutationFn: ({ id, agencyCode }: { id: number; agencyCode: string }) =>
      apiFetch<InteractionView>("POST", interactionPath(id, "referral"), { body: { agencyCode } }),
  });
}

/** Ends the contact with a wrap-up code and note. */
export function useEndContact() {
  return useMutation({
    mutationFn: ({ id, wrapUpCode, note }: { id: number; wrapUpCode?: string; note?: string }) =>
      apiFetch<InteractionView>("POST", interactionPath(id, "end"), { body: { wrapUpCode, note } }),
  });
}
