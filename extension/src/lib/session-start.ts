/**
 * "This browser session" for the popup's counts: it starts at the earliest moment the service
 * worker saw in this session (its first wake-up, or a capture taken just before the worker woke
 * to receive it). chrome.storage.session keeps it across service-worker restarts and forgets it
 * when the browser quits or the extension reloads, which is exactly a session's life.
 */

/** chrome.storage.session key. */
export const SESSION_START_KEY = "sessionStartedAt";

/**
 * A capture may predate the wake-up it caused by a moment; an instant older than this (a page's
 * clock, or a forged message) is not allowed to move the start back.
 */
export const MAX_WAKE_LAG_MS = 5 * 60_000;

const isInstant = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** The stored start, or null when there is none (or it is damaged). */
export function parseSessionStart(value: unknown): number | null {
  return isInstant(value) ? value : null;
}

/**
 * The start to store after seeing `at` at `now`, or null when the stored one stands. Every
 * instant this session sees lies inside it, so the earliest one seen is the best known start.
 */
export function nextSessionStart(stored: unknown, at: number, now: number): number | null {
  if (!isInstant(at) || at > now || at < now - MAX_WAKE_LAG_MS) return null;
  const current = parseSessionStart(stored);
  return current === null || at < current ? at : null;
}
