import { useMutation, useQuery } from "@tanstack/react-query";
import type { Language } from "../../common/languages.js";
import { apiFetch, toQueryString } from "./client";

/** A request as anyone may see it: no names, phones or emails (`GET /api/public/requests/:number`). */
export interface PublicRequest {
  number: string;
  serviceCode: string;
  /** In the resident's language where the city has translated it. */
  service: string;
  status: string;
  closeReason: string | null;
  /** English; the portal words statuses from `status` and `closeReason` in the resident's language. */
  statusLabel: string;
  address: string | null;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  expectedBy: string | null;
  duplicateOf: string | null;
  photos: { url: string }[];
  timeline: {
    at: string;
    type: string;
    status: string | null;
    closeReason: string | null;
    label: string | null;
    note: string | null;
  }[];
}

/** A request's public page; the language is in the key because the service name is translated. */
export function usePublicRequest(number: string, language: Language = "en") {
  return useQuery({
    queryKey: ["public-request", language, number],
    queryFn: ({ signal }) =>
      apiFetch<PublicRequest>("GET", `/api/public/requests/${encodeURIComponent(number)}?lang=${language}`, {
        signal,
      }),
    retry: false,
  });
}

export function useUnfollow() {
  return useMutation({
    mutationFn: (token: string) =>
      apiFetch<{ number: string; unfollowed: boolean; wasFollowing: boolean }>(
        "POST",
        "/api/public/unfollow",
        {
          body: { token },
          skipCsrf: true,
        },
      ),
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
