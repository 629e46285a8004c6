import { HealthResponseSchema } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call } from "./setup/fixtures.ts";

describe("GET /api/v1/health", () => {
  it("answers with the version and the latest applied migration", async () => {
    const res = await call("/api/v1/health");
    expect(res.status).toBe(200);
    const body = HealthResponseSchema.parse(await res.json());
    expect(body.version).toBe("0.1.0");
    expect(body.schema).toBe(env.TEST_MIGRATIONS.at(-1)?.name);
    expect(body.schema).toMatch(/^\d{4}_[a-z_]+\.sql$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

describe("errors", () => {
  it("answers unknown API routes with the JSON error shape", async () => {
    const res = await call("/api/v1/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No route for GET /api/v1/nothing-here." },
    });
  });

  it("rejects a body that is not JSON, or not declared as JSON, with a 4xx", async () => {
    const notJson = await call("/api/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{email:",
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe("invalid_json");

    const wrongType = await call("/api/v1/sessions", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "{}",
    });
    expect(wrongType.status).toBe(415);
  });

  it("refuses oversize bodies with 413 before parsing them", async () => {
    const res = await call("/api/v1/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@b.cn", password: "x".repeat(100_000) }),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      "payload_too_large",
    );
  });

  it("keeps the dev routes closed unless DEV_ROUTES is true", async () => {
    const { app } = await import("../src/app.ts");
    const { env } = await import("cloudflare:workers");
    const res = await app.request("/api/v1/dev/workspaces", {}, { ...env, DEV_ROUTES: "false" });
    expect(res.status).toBe(404);
  });
});
