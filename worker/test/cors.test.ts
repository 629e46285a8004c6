import { describe, expect, it } from "vitest";
import { makeTeam } from "./setup/accounts.ts";
import { call, postJson, sku } from "./setup/fixtures.ts";

const EXTENSION = "chrome-extension://abcdefghijklmnopabcdefghijklmnop";
const preflight = (path: string, origin: string) =>
  call(path, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "POST",
      "access-control-request-headers": "content-type, authorization",
    },
  });

describe("CORS for the extension", () => {
  for (const path of ["/api/v1/ingest", "/api/v1/devices/pair"]) {
    it(`answers a chrome-extension preflight for ${path}, without credentials`, async () => {
      const res = await preflight(path, EXTENSION);
      expect(res.status).toBe(204);
      expect(res.headers.get("access-control-allow-origin")).toBe(EXTENSION);
      expect(res.headers.get("access-control-allow-methods")).toBe("POST");
      expect(res.headers.get("access-control-allow-headers")).toBe("content-type, authorization");
      expect(res.headers.get("access-control-allow-credentials")).toBeNull();
    });

    it(`gives web origins no Allow-Origin on ${path}`, async () => {
      for (const origin of [
        "https://evil.example",
        "null",
        "moz-extension://x",
        "https://chrome-extension.evil",
      ]) {
        const res = await preflight(path, origin);
        expect(res.headers.get("access-control-allow-origin")).toBeNull();
      }
    });
  }

  it("adds Allow-Origin to real responses, errors included", async () => {
    const team = await makeTeam("cors");
    const ok = await postJson(
      "/api/v1/ingest",
      { batchId: "cors-batch-01", records: [sku()] },
      { authorization: team.device.bearer, origin: EXTENSION },
    );
    expect(ok.status).toBe(200);
    expect(ok.headers.get("access-control-allow-origin")).toBe(EXTENSION);
    const denied = await postJson("/api/v1/ingest", {}, { origin: EXTENSION });
    expect(denied.status).toBe(401);
    expect(denied.headers.get("access-control-allow-origin")).toBe(EXTENSION);
    const web = await postJson("/api/v1/ingest", {}, { origin: "https://evil.example" });
    expect(web.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("never adds CORS to cookie-authenticated routes", async () => {
    for (const path of ["/api/v1/me", "/api/v1/sessions", "/api/v1/devices", "/api/v1/members"]) {
      const res = await preflight(path, EXTENSION);
      expect(res.headers.get("access-control-allow-origin"), path).toBeNull();
      const get = await call(path, { headers: { origin: EXTENSION } });
      expect(get.headers.get("access-control-allow-origin"), path).toBeNull();
    }
  });
});
