import { describe, expect, it } from "vitest";
import { parseDeviceCredentials } from "./device-credentials.ts";

const device = {
  serverUrl: "https://tongshu.example.workers.dev",
  deviceId: "dev_1",
  token: "tok_1",
  workspace: { id: "ws_1", name: "禾屿" },
  pairedAt: 1763700000000,
};

describe("parseDeviceCredentials", () => {
  it("keeps valid stored credentials", () => {
    expect(parseDeviceCredentials(device)).toEqual(device);
  });

  it.each([
    undefined,
    "tok_1",
    { ...device, token: "" },
    { ...device, serverUrl: "http://evil.example" },
    { ...device, serverUrl: "https://tongshu.example.workers.dev/x" },
    { ...device, workspace: null },
    { ...device, workspace: { id: "", name: "x" } },
    { ...device, pairedAt: "now" },
  ])("drops damaged credentials %j", (value) => {
    expect(parseDeviceCredentials(value)).toBeNull();
  });
});
