import { useEffect, useState } from "react";
import { parseStatusResponse, type StatusRequest, type StatusResponse } from "../lib/messages.ts";

export type StatusState =
  | { state: "loading" }
  | { state: "ready"; status: StatusResponse }
  | { state: "error" };

/** Asks the service worker for its status once; any unexpected answer is an error. */
export function useStatus(): StatusState {
  const [state, setState] = useState<StatusState>({ state: "loading" });
  useEffect(() => {
    let live = true;
    const request: StatusRequest = { type: "status" };
    chrome.runtime.sendMessage(request).then(
      (answer: unknown) => {
        const status = parseStatusResponse(answer);
        if (live) setState(status ? { state: "ready", status } : { state: "error" });
      },
      () => {
        if (live) setState({ state: "error" });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
