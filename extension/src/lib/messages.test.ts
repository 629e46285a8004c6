import { describe, expect, it } from "vitest";
import { parseRequest, parseStatusResponse } from "./messages.ts";

describe("parseRequest", () => {
  it("accepts a status request", () => {
    expect(parseRequest({ type: "status" })).toEqual({ type: "status" });
  });

  it.each([
    null,
    undefined,
    "status",
    ["status"],
    {},
    { type: "STATUS" },
    { type: "status", extra: 1 },
    { type: "sync" },
  ])("ignores %j", (message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe("parseStatusResponse", () => {
  const status = {
    version: "0.1.0",
    installedAt: 1763700000000,
    paired: false,
    captureEnabled: true,
    storedRecords: 1234,
    lastCaptureAt: 1763700100000,
    failedCaptures: 2,
  };

  it("accepts a status, with or without an install time", () => {
    expect(parseStatusResponse(status)).toEqual(status);
    expect(parseStatusResponse({ ...status, installedAt: null })).toEqual({
      ...status,
      installedAt: null,
    });
  });

  it.each([
    undefined,
    { error: { code: "internal", message: "boom" } },
    { ...status, version: "" },
    { ...status, installedAt: "1763700000000" },
    { ...status, paired: true },
    { ...status, captureEnabled: "no" },
    { ...status, storedRecords: -1 },
    { ...status, lastCaptureAt: "yesterday" },
    { ...status, failedCaptures: 1.5 },
  ])("rejects %j", (value) => {
    expect(parseStatusResponse(value)).toBeNull();
  });
});
