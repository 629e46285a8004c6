import { describe, expect, it } from "vitest";
import { MAX_WAKE_LAG_MS, nextSessionStart, parseSessionStart } from "./session-start.ts";

const now = Date.UTC(2026, 10, 20, 6);

describe("nextSessionStart", () => {
  it("starts the session at the first instant seen", () => {
    expect(nextSessionStart(undefined, now, now)).toBe(now);
    expect(nextSessionStart("broken", now, now)).toBe(now);
  });

  it("keeps the stored start for later instants", () => {
    expect(nextSessionStart(now - 60_000, now, now)).toBeNull();
  });

  it("moves back to a capture taken just before the worker woke to receive it", () => {
    expect(nextSessionStart(now, now - 800, now)).toBe(now - 800);
  });

  it("ignores instants from the future or from long before now", () => {
    expect(nextSessionStart(now, now + 1, now)).toBeNull();
    expect(nextSessionStart(now, now - MAX_WAKE_LAG_MS - 1, now)).toBeNull();
    expect(nextSessionStart(undefined, Date.UTC(2003, 0, 1), now)).toBeNull();
    expect(nextSessionStart(undefined, Number.NaN, now)).toBeNull();
  });
});

describe("parseSessionStart", () => {
  it("reads a stored instant only", () => {
    expect(parseSessionStart(now)).toBe(now);
    expect(parseSessionStart(-5)).toBeNull();
    expect(parseSessionStart("1")).toBeNull();
    expect(parseSessionStart(undefined)).toBeNull();
  });
});
