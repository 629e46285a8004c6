import { describe, expect, it } from "vitest";
import { isOkReply, parseClearReply, parsePairReply, parseRequest } from "./messages.ts";

describe("parseRequest", () => {
  it.each([
    { type: "status" },
    { type: "sync-now" },
    { type: "requeue-quarantine" },
    { type: "capture-summary" },
    { type: "clear-local-data" },
    { type: "unpair", clearLocalData: false },
    { type: "unpair", clearLocalData: true },
    { type: "pair", serverUrl: "https://t.example.com", code: "abcd-efgh", deviceName: "Chrome" },
    { type: "pair", serverUrl: "http://127.0.0.1:8787", code: "ABCDEFGH", deviceName: "x" },
  ])("accepts %j", (message) => {
    expect(parseRequest(message)).toEqual(message);
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
    { type: "sync-now", force: true },
    { type: "clear-local-data", tables: ["orders"] },
    { type: "capture-summary", shop: "pdd|1" },
    { type: "unpair" },
    { type: "unpair", clearLocalData: "yes" },
    { type: "pair", serverUrl: "https://t.example.com", code: "ABCDEFGH" },
    { type: "pair", serverUrl: "http://evil.example", code: "ABCDEFGH", deviceName: "x" },
    { type: "pair", serverUrl: "https://t.example.com/x", code: "ABCDEFGH", deviceName: "x" },
    { type: "pair", serverUrl: "https://t.example.com", code: "A".repeat(33), deviceName: "x" },
    { type: "pair", serverUrl: "https://t.example.com", code: "ABCDEFGH", deviceName: " " },
    { type: "pair", serverUrl: "https://t.example.com", code: 12345678, deviceName: "x" },
  ])("ignores %j", (message) => {
    expect(parseRequest(message)).toBeNull();
  });
});

describe("parsePairReply", () => {
  it("accepts success and known errors", () => {
    expect(parsePairReply({ ok: true, workspaceName: "禾屿" })).toEqual({
      ok: true,
      workspaceName: "禾屿",
    });
    const failure = { ok: false, error: "invalid_code", message: "expired" };
    expect(parsePairReply(failure)).toEqual(failure);
  });

  it.each([
    undefined,
    { ok: true },
    { ok: false, error: "boom", message: "x" },
    { ok: false, error: "unreachable" },
    { error: { code: "internal", message: "x" } },
  ])("rejects %j", (value) => {
    expect(parsePairReply(value)).toBeNull();
  });
});

describe("isOkReply", () => {
  it("is true only for { ok: true }", () => {
    expect(isOkReply({ ok: true })).toBe(true);
    expect(isOkReply({ ok: "true" })).toBe(false);
    expect(isOkReply({ error: { code: "internal", message: "x" } })).toBe(false);
    expect(isOkReply(undefined)).toBe(false);
  });
});

describe("parseClearReply", () => {
  it("reads the rows each table held", () => {
    expect(parseClearReply({ ok: true, deleted: { orders: 3, outbox: 0 } })).toEqual({
      orders: 3,
      outbox: 0,
    });
  });

  it.each([
    undefined,
    { ok: true },
    { ok: false, deleted: {} },
    { ok: true, deleted: { orders: -1 } },
    { ok: true, deleted: { orders: "3" } },
    { error: { code: "internal", message: "x" } },
  ])("rejects %j", (value) => {
    expect(parseClearReply(value)).toBeNull();
  });
});
