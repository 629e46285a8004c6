import { describe, expect, it } from "vitest";
import { formatPairingCode, normalizePairingCode, pairDevice } from "./pair-device.ts";
import { json } from "./test-support.ts";

describe("normalizePairingCode", () => {
  it.each([
    ["ABCD-EFGH", "ABCDEFGH"],
    ["abcdefgh", "ABCDEFGH"],
    ["  abcd efgh ", "ABCDEFGH"],
    ["k7m2-p9qz", "K7M2P9QZ"],
  ])("reads %j as %s", (input, code) => {
    expect(normalizePairingCode(input)).toBe(code);
  });

  it.each(["", "ABCD-EFG", "ABCD-EFGHJ", "ABCD-EFG1", "ABCD-EFGO", "ABCD_EFGH", "ABCDEFG!"])(
    "refuses %j",
    (input) => {
      expect(normalizePairingCode(input)).toBeNull();
    },
  );

  it("formats a code the way the dashboard shows it", () => {
    expect(formatPairingCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });
});

const paired = {
  deviceId: "dev_1",
  token: "tok_secret",
  buyerKeySecret: "bks_secret",
  workspace: { id: "ws_1", name: "禾屿" },
};

describe("pairDevice", () => {
  it("posts the normalised code and device name, and returns the validated answer", async () => {
    const calls: Array<{ url: string; body: unknown }> = [];
    const fetch = async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return json(200, paired);
    };
    const outcome = await pairDevice(fetch, "https://t.example.com", "abcd-efgh", "Chrome · mac");
    expect(outcome).toEqual({ ok: true, pairing: paired });
    expect(calls).toEqual([
      {
        url: "https://t.example.com/api/v1/devices/pair",
        body: { code: "ABCDEFGH", deviceName: "Chrome · mac" },
      },
    ]);
  });

  it.each([
    [json(400, { error: { code: "invalid_code", message: "expired" } }), "invalid_code"],
    [json(404, { error: { code: "not_found", message: "no such code" } }), "invalid_code"],
    [json(429, { error: { code: "rate_limited", message: "wait" } }), "rate_limited"],
    [json(500, { error: { code: "internal", message: "boom" } }), "server_error"],
    [new Response("<html>nginx</html>", { status: 404 }), "not_tongshu"],
    [json(200, { hello: "world" }), "not_tongshu"],
  ])("sorts an answer into an error the user can act on (%#)", async (response, error) => {
    const outcome = await pairDevice(
      async () => response,
      "https://t.example.com",
      "ABCDEFGH",
      "x",
    );
    expect(outcome).toMatchObject({ ok: false, error });
  });

  it("reports an unreachable server", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    const outcome = await pairDevice(offline, "https://t.example.com", "ABCDEFGH", "x");
    expect(outcome).toMatchObject({ ok: false, error: "unreachable" });
  });
});
