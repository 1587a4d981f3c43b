import { useMutation, useQuery } from "@tanstack/react-query";
import { apiFetch, toQueryString } from "./client";

/** A request as anyone may see it: no names, phones or emails (`GET /api/public/requests/:number`). */
export interface PublicRequest {
  number: string;
  service: string;
  status: string;
  statusLabel: string;
  address: string | null;
  createdAt: string;
  updatedAt: string;
  expectedBy: string | null;
  duplicateOf: string | null;
  timeline: { at: string; type: string; label: string | null; note: string | null }[];
}

export function usePublicRequest(number: string) {
  return useQuery({
    queryKey: ["public-request", number],
    queryFn: ({ signal }) =>
      apiFetch<PublicRequest>("GET", `/api/public/requests/${encodeURIComponent(number)}`, { signal }),
    retry: false,
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch<{ unsubscribed: boolean }>("POST", "/api/public/unsubscribe", {
        body: { token },
        skipCsrf: true,
      }),
  });
}

export interface SurveyView {
  request: { number: string; service: string };
  answer: { rating: number; comment: string | null } | null;
}

export function useSurvey(token: string) {
  return useQuery({
    queryKey: ["survey", token],
    queryFn: ({ signal }) =>
      apiFetch<SurveyView>("GET", `/api/public/surveys${toQueryString({ token })}`, { signal }),
    enabled: token.length > 0,
    retry: false,
  });
}

export function useAnswerSurvey() {
  return useMutation({
    mutationFn: (input: { token: string; rating: number; comment?: string }) =>
      apiFetch<{ saved: boolean; rating: number }>("POST", "/api/public/surveys", {
        body: input,
        skipCsrf: true,
      }),
  });
}
