import { useCallback, useEffect, useState } from "react";
import { type CaptureSummary, parseCaptureSummary } from "../lib/capture-summary.ts";
import { sendRequest } from "./send-request.ts";

export type SummaryState =
  | { state: "loading" }
  | { state: "ready"; summary: CaptureSummary }
  | { state: "error" };

/** Captures keep arriving while the popup is open: it asks again this often. */
const REFRESH_MS = 3_000;

/** The per-shop capture summary from the service worker, refreshed every few seconds. */
export function useCaptureSummary(): SummaryState {
  const [state, setState] = useState<SummaryState>({ state: "loading" });
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` is the refresh trigger.
  useEffect(() => {
    let live = true;
    sendRequest({ type: "capture-summary" }).then(
      (answer: unknown) => {
        const summary = parseCaptureSummary(answer);
        if (live) setState(summary ? { state: "ready", summary } : { state: "error" });
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
  return state;
}
