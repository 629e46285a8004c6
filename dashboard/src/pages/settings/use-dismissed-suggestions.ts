import { useCallback, useState } from "react";
import { useAuth } from "../../auth.tsx";
import { parseDismissed } from "./product-suggestions.ts";

// The API has no "not this product" record: a dismissal is this browser's note, per workspace.
const storageKey = (workspaceId: string) => `tongshu.settings.dismissedSuggestions.${workspaceId}`;
const MAX_KEPT = 2000;

function read(key: string): Set<string> {
  try {
    return parseDismissed(window.localStorage.getItem(key));
  } catch {
    return new Set();
  }
}

/** Suggestions the user dismissed, remembered in this browser; `clear` brings them all back. */
export function useDismissedSuggestions(): {
  dismissed: ReadonlySet<string>;
  dismiss: (key: string) => void;
  clear: () => void;
} {
  const { me } = useAuth();
  const key = storageKey(me.workspace.id);
  const [dismissed, setDismissed] = useState(() => read(key));
  const store = useCallback(
    (next: Set<string>) => {
      setDismissed(next);
      try {
        window.localStorage.setItem(key, JSON.stringify([...next].slice(-MAX_KEPT)));
      } catch {
        // Not remembered after a reload; still hidden now.
      }
    },
    [key],
  );
  const dismiss = useCallback(
    (dismissal: string) => store(new Set([...dismissed, dismissal])),
    [dismissed, store],
  );
  const clear = useCallback(() => store(new Set()), [store]);
  return { dismissed, dismiss, clear };
}
