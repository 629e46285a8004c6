import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { addMember, cookieFor, makeTeam, PASSWORD, type Team } from "./setup/accounts.ts";
import { call, login, postJson } from "./setup/fixtures.ts";

let team: Team;
const cookies: Record<"owner" | "admin" | "analyst" | "viewer", string> = {
  owner: "",
  admin: "",
  analyst: "",
  viewer: "",
};
beforeAll(async () => {
  team = await makeTeam("甜橙家居");
  for (const role of ["owner", "admin", "analyst", "viewer"] as const)
    cookies[role] = await cookieFor(team.workspace.id, team[role].id);
});

const patch = (cookie: string, id: string, body: unknown) =>
  call(`/api/v1/members/${id}`, {
    method: "PATCH",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const remove = (cookie: string, id: string) =>
  call(`/api/v1/members/${id}`, { method: "DELETE", headers: { cookie } });

describe("member changes", () => {
  it("lets owners and admins change roles, costs and scope; admins cannot touch owners", async () => {
    const target = await addMember(team.workspace.id, "viewer");
    expect((await patch(cookies.analyst, target.id, { role: "analyst" })).status).toBe(403);
    const res = await patch(cookies.admin, target.id, {
      role: "analyst",
      canSeeCosts: true,
      shopScope: ["jd:10012345", "pdd:100000001"],
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      member: { role: "analyst", canSeeCosts: true, shopScope: ["jd:10012345", "pdd:100000001"] },
    });
    expect((await patch(cookies.admin, target.id, { role: "owner" })).status).toBe(403);
    expect((await patch(cookies.admin, team.owner.id, { canSeeCosts: false })).status).toBe(403);
    expect((await remove(cookies.admin, team.owner.id)).status).toBe(403);
    expect((await patch(cookies.admin, target.id, {})).status).toBe(422);
    expect((await patch(cookies.admin, "mb_nobody", { role: "viewer" })).status).toBe(404);
  });

  it("never demotes or removes the last owner", async () => {
    const { workspace, owner } = await makeTeam("solo");
    const cookie = await cookieFor(workspace.id, owner.id);
    const demote = await patch(cookie, owner.id, { role: "admin" });
    expect(demote.status).toBe(409);
    expect(((await demote.json()) as { error: { code: string } }).error.code).toBe("conflict");
    const second = await addMember(workspace.id, "owner");
    const secondCookie = await cookieFor(workspace.id, second.id);
    expect((await remove(secondCookie, owner.id)).status).toBe(204);
    expect((await patch(secondCookie, second.id, { role: "admin" })).status).toBe(409);
    expect((await remove(secondCookie, second.id)).status).toBe(409);
  });

  it("removes a member and their sessions, but never yourself", async () => {
    const target = await addMember(team.workspace.id, "analyst");
    const theirCookie = await cookieFor(team.workspace.id, target.id);
    expect((await remove(cookies.viewer, target.id)).status).toBe(403);
    expect((await remove(cookies.admin, team.admin.id)).status).toBe(409);
    expect((await remove(cookies.admin, target.id)).status).toBe(204);
    expect((await remove(cookies.admin, target.id)).status).toBe(404);
    expect((await call("/api/v1/me", { headers: { cookie: theirCookie } })).status).toBe(401);
    const sessions = await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE member_id = ?")
      .bind(target.id)
      .first<{ n: number }>();
    expect(sessions?.n).toBe(0);
  });
});

describe("POST /api/v1/me/password", () => {
  it("verifies the current password, re-hashes, and ends the member's other sessions", async () => {
    const m = await addMember(team.workspace.id, "viewer");
    const here = await login(m.email, PASSWORD);
    const elsewhere = await login(m.email, PASSWORD);
    const change = (currentPassword: string) =>
      postJson(
        "/api/v1/me/password",
        { currentPassword, newPassword: "a brand new password" },
        {
          cookie: here,
        },
      );
    expect((await change("wrong password")).status).toBe(403);
    expect((await call("/api/v1/me", { headers: { cookie: elsewhere } })).status).toBe(200);
    expect((await change(PASSWORD)).status).toBe(204);
    expect((await call("/api/v1/me", { headers: { cookie: here } })).status).toBe(200);
    expect((await call("/api/v1/me", { headers: { cookie: elsewhere } })).status).toBe(401);
    expect(
      (await postJson("/api/v1/sessions", { email: m.email, password: PASSWORD })).status,
    ).toBe(401);
    await login(m.email, "a brand new password");
    const short = await postJson(
      "/api/v1/me/password",
      { currentPassword: "a brand new password", newPassword: "short" },
      { cookie: here },
    );
    expect(short.status).toBe(422);
  });
});
