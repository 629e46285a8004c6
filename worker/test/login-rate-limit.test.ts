import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, makeTeam, PASSWORD, type Team } from "./setup/accounts.ts";
import { login, postJson } from "./setup/fixtures.ts";

let team: Team;
beforeAll(async () => {
  team = await makeTeam("甜橙家居");
});

describe("login rate limit", () => {
  it("answers 429 with Retry-After after 5 failures for an email; success clears the count", async () => {
    const m = await addMember(team.workspace.id, "viewer");
    const attempt = (password: string) =>
      postJson("/api/v1/sessions", { email: m.email, password });
    for (let i = 0; i < 4; i++) expect((await attempt("wrong")).status).toBe(401);
    await login(m.email, PASSWORD);
    for (let i = 0; i < 5; i++) expect((await attempt("wrong")).status).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The window slides: once the failures are 15 minutes old, the right password works again.
    await env.DB.prepare("UPDATE login_attempts SET at = at - 15 * 60 * 1000 WHERE subject = ?")
      .bind(m.email)
      .run();
    await login(m.email, PASSWORD);
  });

  it("answers 429 after 20 failures from one IP, whatever the email", async () => {
    const ip = { "cf-connecting-ip": "198.51.100.7" };
    for (let i = 0; i < 20; i++) {
      const res = await postJson(
        "/api/v1/sessions",
        { email: `guess${i}@example.cn`, password: "x" },
        ip,
      );
      expect(res.status).toBe(401);
    }
    const limited = await postJson(
      "/api/v1/sessions",
      { email: team.owner.email, password: PASSWORD },
      ip,
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    const other = await postJson(
      "/api/v1/sessions",
      { email: team.owner.email, password: PASSWORD },
      { "cf-connecting-ip": "198.51.100.8" },
    );
    expect(other.status).toBe(200);
  });
});
