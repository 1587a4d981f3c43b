import { type RefObject, useCallback, useEffect, useState } from "react";

/** The time now, moving every `ms` (the wallboard's waits and times in state tick between refreshes). */
export function useNow(ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

/** A yes/no preference kept in this browser (a wall screen keeps its layout across reloads). */
export function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === "1";
    } catch {
      return false;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        localStorage.setItem(key, next ? "1" : "0");
      } catch {
        // Storage may be off (a kiosk profile): the choice lasts for this page only.
      }
    },
    [key],
  );
  return [value, set];
}

/**
 * Full screen for one element through the Fullscreen API; where the browser refuses (no API, a kiosk's
 * policy, an iframe), the element is instead laid over the whole window until Escape or "Exit full screen".
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>) {
  const [native, setNative] = useState(false);
  const [overlay, setOverlay] = useState(false);

  useEffect(() => {
    const onChange = () =>
      setNative(document.fullscreenElement !== null && document.fullscreenElement === ref.current);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [ref]);

  useEffect(() => {
    if (!overlay) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOverlay(false);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [overlay]);

  const enter = useCallback(async () => {
    const element = ref.current;
    if (element && document.fullscreenEnabled && typeof element.requestFullscreen === "function") {
      try {
        await element.requestFullscreen({ navigationUI: "hide" });
        return;
      } catch {
        // Refused: fall back to covering the window.
      }
    }
    setOverlay(true);
  }, [ref]);

  const exit = useCallback(() => {
    setOverlay(false);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  return { active: native || overlay, native, overlay, enter, exit };
}
