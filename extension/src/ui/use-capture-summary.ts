import { type CaptureSummary, parseCaptureSummary } from "../lib/capture-summary.ts";
import { usePolledRequest } from "./use-polled-request.ts";

export type SummaryState =
  | { state: "loading" }
  | { state: "ready"; summary: CaptureSummary }
  | { state: "error" };

const CAPTURE_SUMMARY = { type: "capture-summary" } as const;

/** The per-shop capture summary from the service worker, refreshed every few seconds. */
export function useCaptureSummary(): SummaryState {
  const { polled } = usePolledRequest(CAPTURE_SUMMARY, parseCaptureSummary);
  return polled.state === "ready" ? { state: "ready", summary: polled.value } : polled;
}
