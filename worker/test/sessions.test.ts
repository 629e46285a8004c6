import { MeResponseSchema } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, login, makeWorkspace, postJson } from "./setup/fixtures.ts";

describe("dashboard sessions", () => {
  let email = "";
  let password = "";
  beforeAll(async () => {
    const made = await makeWorkspace("甜橙家居", "Owner@Example.cn");
    email = "owner@example.cn";
    password = made.password;
  });

  it("logs in with email and password into an HttpOnly, SameSite=Lax cookie", async () => {
    const res = await postJson("/api/v1/sessions", { email: "OWNER@example.cn", password });
    expect(res.status).toBe(200);
    const body = MeResponseSchema.parse(await res.json());
    expect(body.member.email).toBe(email);
    expect(body.member.role).toBe("owner");
    expect(body.member.canSeeCosts).toBe(true);
    expect(body.workspace.name).toBe("甜橙家居");
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^tongshu_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    // Plain-http localhost is the only place the cookie may go without Secure.
    expect(cookie).not.toContain("Secure");
  });

  it("marks the cookie Secure outside local http", async () => {
    const { exports } = await import("cloudflare:workers");
    const res = await exports.default.fetch(
      new Request("https://tongshu.example.workers.dev/api/v1/sessions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email, password }),
      }),
    );
    expect(res.headers.get("set-cookie")).toContain("Secure");
  });

  it("gives the same 401 for a wrong password and an unknown email", async () => {
    const wrong = await postJson("/api/v1/sessions", { email, password: "nope" });
    const unknown = await postJson("/api/v1/sessions", { email: "nobody@example.cn", password });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("stores only a hash of the session token and never the password", async () => {
    const cookie = await login(email, password);
    const token = cookie.split("=")[1] ?? "";
    const rows = await env.DB.prepare("SELECT token_hash FROM sessions").all<{
      token_hash: string;
    }>();
    expect(rows.results.length).toBeGreaterThan(0);
    expect(rows.results.some((r) => r.token_hash === token)).toBe(false);
    const member = await env.DB.prepare(
      "SELECT password_hash, password_salt, password_iterations FROM members",
    ).first<Record<string, unknown>>();
    expect(JSON.stringify(member)).not.toContain(password);
    expect(member?.password_iterations).toBe(100000);
  });

  it("answers /me for a session and 401 after logout", async () => {
    const cookie = await login(email, password);
    const me = await call("/api/v1/me", { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(MeResponseSchema.parse(await me.json()).member.email).toBe(email);

    const out = await call("/api/v1/sessions/current", { method: "DELETE", headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toContain("Max-Age=0");
    const after = await call("/api/v1/me", { headers: { cookie } });
    expect(after.status).toBe(401);
    expect(await after.json()).toEqual({
      error: { code: "unauthenticated", message: "Log in first." },
    });
  });

  it("refuses an expired session", async () => {
    const cookie = await login(email, password);
    await env.DB.prepare("UPDATE sessions SET expires_at = ?")
      .bind(Date.now() - 1)
      .run();
    const me = await call("/api/v1/me", { headers: { cookie } });
    expect(me.status).toBe(401);
  });
});
