import { useCallback, useEffect, useState } from "react";
import type { ExtensionRequest } from "../lib/messages.ts";
import { sendRequest } from "./send-request.ts";

export type Polled<T> = { state: "loading" } | { state: "ready"; value: T } | { state: "error" };

/** The service worker's state moves on its own (alarms, captures): pages ask again this often. */
const REFRESH_MS = 3_000;

/**
 * Asks the service worker `request`, again every few seconds and on `refresh()`; an answer
 * `parse` rejects (null) is an error, like a failed request.
 */
export function usePolledRequest<T>(
  request: ExtensionRequest,
  parse: (answer: unknown) => T | null,
): { polled: Polled<T>; refresh: () => void } {
  const [polled, setPolled] = useState<Polled<T>>({ state: "loading" });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the refresh trigger; the request and parser are fixed per caller.
  useEffect(() => {
    let live = true;
    sendRequest(request).then(
      (answer: unknown) => {
        const value = parse(answer);
        if (live) setPolled(value === null ? { state: "error" } : { state: "ready", value });
      },
      () => {
        if (live) setPolled({ state: "error" });
      },
    );
    const timer = setTimeout(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick, refresh]);
  return { polled, refresh };
}
