import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { InteractionView } from "../../common/contracts/interactions.js";
import { apiFetch } from "./client";
import { fetchCall, phoneKeys } from "./telephony";

/** One contact as the console shows it (the screen pop loads the contact an answered call became). */
export function fetchInteraction(id: number) {
  return apiFetch<InteractionView>("GET", `/api/interactions/${id}`);
}

/** A call the console popped, kept fresh: every phone change on the live stream refetches it. */
export function usePoppedCall(id: number | null) {
  return useQuery({
    queryKey: phoneKeys.call(id ?? 0),
    queryFn: () => fetchCall(id ?? 0),
    enabled: id !== null,
  });
}

/** The time now, once a second: for waits and times in a state that keep moving. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
