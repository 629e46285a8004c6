import { nextSessionStart, parseSessionStart, SESSION_START_KEY } from "../lib/session-start.ts";

// Captures arrive concurrently; one read-modify-write at a time keeps the earliest instant.
let queue: Promise<void> = Promise.resolve();

/** Notes an instant of this browser session (lib/session-start.ts explains the rule). */
export function noteSessionInstant(at: number): Promise<void> {
  queue = queue
    .then(async () => {
      const items: Record<string, unknown> = await chrome.storage.session.get(SESSION_START_KEY);
      const next = nextSessionStart(items[SESSION_START_KEY], at, Date.now());
      if (next !== null) await chrome.storage.session.set({ [SESSION_START_KEY]: next });
    })
    .catch((error: unknown) => console.warn("tongshu session start", error));
  return queue;
}

/** When this browser session started, as far as the extension knows; null before any note. */
export async function readSessionStart(): Promise<number | null> {
  await queue;
  const items: Record<string, unknown> = await chrome.storage.session.get(SESSION_START_KEY);
  return parseSessionStart(items[SESSION_START_KEY]);
}
