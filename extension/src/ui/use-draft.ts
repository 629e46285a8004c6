import { useEffect, useState } from "react";

/**
 * A local copy of a stored value: a click shows at once (the stored value only comes back
 * through chrome.storage.onChanged), and a change saved by another page replaces it.
 */
export function useDraft<T>(stored: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  return [draft, setDraft];
}
