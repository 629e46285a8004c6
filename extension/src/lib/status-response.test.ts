import { describe, expect, it } from "vitest";
import { parseStatusResponse } from "./status-response.ts";

const sync = {
  pending: 12,
  quarantined: 2,
  quarantineReasons: [{ reason: "stock: negative", count: 2 }],
  lastSuccessAt: 1763700200000,
  lastError: { at: 1763700100000, message: "network error: Failed to fetch", status: null },
  nextAttemptAt: null,
  needsPairing: false,
};

const status = {
  version: "0.1.0",
  installedAt: 1763700000000,
  paired: true,
  workspaceName: "禾屿",
  serverUrl: "https://tongshu.example.workers.dev",
  captureEnabled: true,
  storedRecords: 1234,
  lastCaptureAt: 1763700100000,
  failedCaptures: 2,
  sync,
};

const unpaired = { ...status, paired: false, workspaceName: null, serverUrl: null };

describe("parseStatusResponse", () => {
  it("accepts a paired and an unpaired status", () => {
    expect(parseStatusResponse(status)).toEqual(status);
    expect(parseStatusResponse(unpaired)).toEqual(unpaired);
    expect(parseStatusResponse({ ...status, installedAt: null })).toEqual({
      ...status,
      installedAt: null,
    });
  });

  it("accepts a sync status without errors, and an HTTP error", () => {
    const quiet = { ...status, sync: { ...sync, lastError: null, quarantineReasons: [] } };
    expect(parseStatusResponse(quiet)).toEqual(quiet);
    const http = { ...status, sync: { ...sync, lastError: { ...sync.lastError, status: 503 } } };
    expect(parseStatusResponse(http)).toEqual(http);
  });

  it.each([
    undefined,
    { error: { code: "internal", message: "boom" } },
    { ...status, version: "" },
    { ...status, installedAt: "1763700000000" },
    { ...status, paired: "yes" },
    { ...status, workspaceName: null },
    { ...unpaired, workspaceName: "禾屿" },
    { ...unpaired, serverUrl: "https://x.example" },
    { ...status, captureEnabled: "no" },
    { ...status, storedRecords: -1 },
    { ...status, lastCaptureAt: "yesterday" },
    { ...status, failedCaptures: 1.5 },
    { ...status, sync: undefined },
    { ...status, sync: { ...sync, pending: -1 } },
    { ...status, sync: { ...sync, needsPairing: "no" } },
    { ...status, sync: { ...sync, lastError: { at: 1, message: 2, status: null } } },
    { ...status, sync: { ...sync, quarantineReasons: [{ reason: "x" }] } },
    { ...status, sync: { ...sync, nextAttemptAt: 1.5 } },
  ])("rejects %j", (value) => {
    expect(parseStatusResponse(value)).toBeNull();
  });
});
