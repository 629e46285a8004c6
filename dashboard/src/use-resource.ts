import { useCallback, useEffect, useState } from "react";
import { ApiRequestError } from "./api.ts";
import { useAuth } from "./auth.tsx";

export type Resource<T> =
  | { status: "loading" }
  | { status: "ready"; data: T }
  | { status: "error"; error: unknown };

/**
 * Loads data for a page on mount, with a retry. `load` must be stable (a module function such
 * as getCoverage). A 401 means the session expired meanwhile, so the app returns to login.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void] {
  const { signedOut } = useAuth();
  const [state, setState] = useState<Resource<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiRequestError && error.status === 401) signedOut();
        else setState({ status: "error", error });
      },
    );
    return () => controller.abort();
  }, [load, signedOut, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, retry];
}
