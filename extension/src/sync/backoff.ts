/** First retry waits up to this long; each further failure doubles the ceiling. */
export const BACKOFF_BASE_MS = 2_000;
/** The ceiling never grows past ten minutes: a seller's data should not wait longer. */
export const BACKOFF_CAP_MS = 10 * 60_000;
/** A server may ask for a pause with Retry-After, but not for longer than this. */
export const RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * Exponential backoff with full jitter (a uniformly random delay up to the ceiling), so many
 * browsers that failed together do not retry together. `failures` counts this one (≥ 1).
 */
export function backoffDelay(failures: number, random: () => number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * Reads a Retry-After header (delta seconds or an HTTP date) as milliseconds from `now`,
 * capped; null when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    ms = at - now;
  }
  return Math.min(Math.max(ms, 0), RETRY_AFTER_CAP_MS);
}

/** When to try again: the jittered backoff, but never sooner than the server asked. */
export function nextAttemptDelay(
  failures: number,
  random: () => number,
  retryAfterMs: number | null,
): number {
  return Math.max(backoffDelay(failures, random), retryAfterMs ?? 0);
}
