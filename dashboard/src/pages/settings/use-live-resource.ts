import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import type { Resource } from "../../use-resource.ts";

/**
 * Like useResource, but `refresh` (after a save) keeps showing the current data until the new
 * data arrives, so a long list keeps its scroll, open rows and typed-in fields. A failed refresh
 * keeps the old data; the save's own message already said what happened.
 */
export function useLiveResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void, () => void] {
  const { signedOut } = useAuth();
  const [state, setState] = useState<Resource<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const live = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    const controller = new AbortController();
    live.current = controller;
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

  useEffect(() => () => live.current?.abort(), []);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  const refresh = useCallback(() => {
    live.current?.abort();
    const controller = new AbortController();
    live.current = controller;
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: "ready", data });
      },
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 401) signedOut();
      },
    );
  }, [load, signedOut]);
  return [state, retry, refresh];
}
