import { describe, expect, it } from "vitest";
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffDelay,
  nextAttemptDelay,
  parseRetryAfter,
  RETRY_AFTER_CAP_MS,
} from "./backoff.ts";

describe("backoffDelay (full jitter)", () => {
  it.each([1, 2, 3, 5, 8, 12, 40])(
    "stays within [0, min(cap, base·2^(n-1))] for failure %i",
    (n) => {
      const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (n - 1));
      expect(backoffDelay(n, () => 0)).toBe(0);
      expect(backoffDelay(n, () => 0.5)).toBe(Math.floor(ceiling / 2));
      const top = backoffDelay(n, () => 0.999_999);
      expect(top).toBeLessThanOrEqual(ceiling);
      expect(top).toBeGreaterThan(ceiling * 0.99);
    },
  );

  it("never exceeds ten minutes", () => {
    expect(backoffDelay(1000, () => 1)).toBe(BACKOFF_CAP_MS);
  });
});

describe("parseRetryAfter", () => {
  const now = Date.UTC(2026, 10, 20, 8, 0, 0);
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(new Date(now + 30_000).toUTCString(), now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now - 30_000).toUTCString(), now)).toBe(0);
  });

  it("ignores junk and caps long pauses", () => {
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("999999", now)).toBe(RETRY_AFTER_CAP_MS);
  });
});

describe("nextAttemptDelay", () => {
  it("waits at least as long as the server asked", () => {
    expect(nextAttemptDelay(1, () => 0.5, 60_000)).toBe(60_000);
    expect(nextAttemptDelay(12, () => 0.999, 1_000)).toBeGreaterThan(1_000);
    expect(nextAttemptDelay(1, () => 0.5, null)).toBe(1_000);
  });
});
