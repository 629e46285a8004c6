import { parseStatusResponse, type StatusResponse } from "../lib/messages.ts";
import { usePolledRequest } from "./use-polled-request.ts";

export type StatusState =
  | { state: "loading" }
  | { state: "ready"; status: StatusResponse }
  | { state: "error" };

const STATUS = { type: "status" } as const;

/**
 * Asks the service worker for its status, again every few seconds and on `refresh()`; any
 * unexpected answer is an error.
 */
export function useStatus(): { status: StatusState; refresh: () => void } {
  const { polled, refresh } = usePolledRequest(STATUS, parseStatusResponse);
  const status: StatusState =
    polled.state === "ready" ? { state: "ready", status: polled.value } : polled;
  return { status, refresh };
}
