import { useCallback, useEffect, useState } from "react";
import { parseStatusResponse, type StatusResponse } from "../lib/messages.ts";
import { sendRequest } from "./send-request.ts";

export type StatusState =
  | { state: "loading" }
  | { state: "ready"; status: StatusResponse }
  | { state: "error" };

/** Sync moves on its own (alarms, captures): the pages refresh what they show this often. */
const REFRESH_MS = 3_000;

/**
 * Asks the service worker for its status, again every few seconds and on `refresh()`; any
 * unexpected answer is an error.
 */
export function useStatus(): { status: StatusState; refresh: () => void } {
  const [state, setState] = useState<StatusState>({ state: "loading" });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the refresh trigger.
  useEffect(() => {
    let live = true;
    sendRequest({ type: "status" }).then(
      (answer: unknown) => {
        const status = parseStatusResponse(answer);
        if (live) setState(status ? { state: "ready", status } : { state: "error" });
      },
      () => {
        if (live) setState({ state: "error" });
      },
    );
    const timer = setTimeout(refresh, REFRESH_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tick, refresh]);
  return { status: state, refresh };
}
