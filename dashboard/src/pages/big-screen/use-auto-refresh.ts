import { useCallback, useEffect, useState } from "react";
import { ApiRequestError } from "../../api.ts";
import { useAuth } from "../../auth.tsx";

/** The last figures that arrived, when, and whether the latest refresh failed. */
export interface Refreshed<T> {
  data: T | null;
  /** The latest attempt's failure (null after a success); old data stays on screen. */
  error: unknown;
  updatedAt: number | null;
}

/**
 * Loads now, then again `intervalMs` after each answer, while the tab is visible: a hidden tab
 * stops (no requests from a wall nobody sees) and refreshes at once when shown again. A failure
 * keeps the last data, so a wall never blanks; a 401 returns to login. `load` must be stable.
 */
export function useAutoRefresh<T>(
  load: (signal: AbortSignal) => Promise<T>,
  intervalMs: number,
): [Refreshed<T>, () => void] {
  const { signedOut } = useAuth();
  const [state, setState] = useState<Refreshed<T>>({ data: null, error: null, updatedAt: null });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger
  useEffect(() => {
    let controller: AbortController | null = null;
    let timer: number | undefined;
    const stop = () => {
      window.clearTimeout(timer);
      controller?.abort();
    };
    const run = () => {
      stop();
      if (document.hidden) return;
      const current = new AbortController();
      controller = current;
      load(current.signal)
        .then(
          (data) => {
            if (!current.signal.aborted) setState({ data, error: null, updatedAt: Date.now() });
          },
          (error: unknown) => {
            if (current.signal.aborted) return;
            if (error instanceof ApiRequestError && error.status === 401) signedOut();
            else setState((previous) => ({ ...previous, error }));
          },
        )
        .finally(() => {
          if (!current.signal.aborted) timer = window.setTimeout(run, intervalMs);
        });
    };
    const onVisibility = () => (document.hidden ? stop() : run());
    document.addEventListener("visibilitychange", onVisibility);
    run();
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      stop();
    };
  }, [load, intervalMs, signedOut, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, retry];
}
