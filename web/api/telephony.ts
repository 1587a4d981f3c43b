import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { z } from "zod";
import type { AgentState, agentStateInput, QueueEntry, Wallboard } from "../../common/contracts/telephony.js";
import { apiFetch } from "./client";

/** The signed-in operator's state on the phone line, and the reasons they may give for being away. */
export interface MyPhoneState {
  state: AgentState;
  reason: string | null;
  since: string | null;
  callId: number | null;
  awayReasons: string[];
  /** The server's clock when it answered. */
  asOf: string;
}

/** A call as the console's screen pop shows it (GET /api/telephony/calls/:id). */
export interface CallDetail {
  id: number;
  /** The phone system's id of the call. */
  externalId: string;
  number: string | null;
  constituentId: number | null;
  callerName: string | null;
  language: string | null;
  arrivedAt: string;
  queuedAt: string | null;
  offeredAt: string | null;
  answeredAt: string | null;
  endedAt: string | null;
  abandonedAt: string | null;
  queueSeconds: number | null;
  talkSeconds: number | null;
  selfService: string[];
  callbackRequestedAt: string | null;
  interactionId: number | null;
}

/** What the live stream says of a phone-line change (server/platform/events.ts CallNotice). */
export interface PhoneNotice {
  kind: "call" | "agent" | "callback";
  callId: number | null;
  type: string | null;
  userId: number | null;
  interactionId: number | null;
}

export const phoneKeys = {
  all: ["telephony"] as const,
  me: ["telephony", "me"] as const,
  queue: ["telephony", "queue"] as const,
  wallboard: ["telephony", "wallboard"] as const,
  call: (id: number) => ["telephony", "call", id] as const,
};

export function useMyPhoneState() {
  return useQuery({
    queryKey: phoneKeys.me,
    queryFn: () => apiFetch<MyPhoneState>("GET", "/api/telephony/me"),
  });
}

export function useSetMyPhoneState() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof agentStateInput>) =>
      apiFetch<void>("PUT", "/api/telephony/me/state", { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: phoneKeys.me }),
  });
}

export function usePhoneQueue() {
  return useQuery({
    queryKey: phoneKeys.queue,
    queryFn: () => apiFetch<{ queue: QueueEntry[] }>("GET", "/api/telephony/queue"),
    refetchInterval: 15_000,
  });
}

export function useWallboard() {
  return useQuery({
    queryKey: phoneKeys.wallboard,
    queryFn: () => apiFetch<Wallboard>("GET", "/api/telephony/wallboard"),
    // The live stream refreshes it on every change; this keeps waits and "today" moving between changes.
    refetchInterval: 5_000,
  });
}

export function fetchCall(id: number) {
  return apiFetch<CallDetail>("GET", `/api/telephony/calls/${id}`);
}

export function useTakeCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (callId: number) =>
      apiFetch<{ interactionId: number }>("POST", `/api/telephony/callbacks/${callId}/start`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: phoneKeys.all }),
  });
}

/**
 * Listens to the live stream's phone events: every change refreshes the phone queries (at most every 250 ms);
 * `onCall` hears the calls offered to or answered by the signed-in operator (the screen pop).
 */
export function usePhoneEvents(onCall?: (notice: PhoneNotice) => void) {
  const queryClient = useQueryClient();
  const listener = useRef(onCall);
  listener.current = onCall;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/events/stream");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const parse = (message: Event): PhoneNotice | null => {
      try {
        return JSON.parse((message as MessageEvent<string>).data) as PhoneNotice;
      } catch {
        return null;
      }
    };
    source.addEventListener("phone", () => {
      if (timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void queryClient.invalidateQueries({ queryKey: phoneKeys.all });
      }, 250);
    });
    source.addEventListener("call", (message) => {
      const notice = parse(message);
      if (notice) listener.current?.(notice);
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, [queryClient]);
}
