import { env } from "cloudflare:workers";
import {
  CreateInvitationResponseSchema,
  InvitationInfoResponseSchema,
  MemberListResponseSchema,
  MeResponseSchema,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/lib/crypto.ts";
import { cookieFor, makeTeam, type Team } from "./setup/accounts.ts";
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

const invite = (cookie: string, body: Record<string, unknown>) =>
  postJson("/api/v1/invitations", body, { cookie });

describe("invitations", () => {
  it("invite → look up → accept logs in → the new member can log in again", async () => {
    const res = await invite(cookies.admin, {
      email: "New.Analyst@Example.cn",
      role: "analyst",
      canSeeCosts: true,
      shopScope: ["taobao:57300001"],
    });
    expect(res.status).toBe(201);
    const created = CreateInvitationResponseSchema.parse(await res.json());
    expect(created.inviteUrl).toBe(`http://127.0.0.1:8787/invite#token=${created.token}`);
    expect(created.expiresAt - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    const stored = await env.DB.prepare("SELECT token_hash FROM invitations WHERE email = ?")
      .bind("new.analyst@example.cn")
      .first<{ token_hash: string }>();
    expect(stored?.token_hash).toBe(await sha256Hex(created.token));

    const info = InvitationInfoResponseSchema.parse(
      await (await call(`/api/v1/invitations/${created.token}`)).json(),
    );
    expect(info).toMatchObject({
      workspace: { name: "甜橙家居" },
      invitedBy: expect.stringContaining("admin"),
      email: "new.analyst@example.cn",
      role: "analyst",
      canSeeCosts: true,
    });

    const short = await postJson("/api/v1/invitations/accept", {
      token: created.token,
      name: "小王",
      password: "too-short",
    });
    expect(short.status).toBe(422);
    const accepted = await postJson("/api/v1/invitations/accept", {
      token: created.token,
      name: "小王",
      password: "a long enough password",
    });
    expect(accepted.status).toBe(200);
    const me = MeResponseSchema.parse(await accepted.json());
    expect(me.member).toMatchObject({ name: "小王", role: "analyst", canSeeCosts: true });
    expect(me.workspace.id).toBe(team.workspace.id);
    const cookie = accepted.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^tongshu_session=[A-Za-z0-9_-]{43};.*HttpOnly/);
    const whoami = await call("/api/v1/me", { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(MeResponseSchema.parse(await whoami.json()).member.name).toBe("小王");
    await login("new.analyst@example.cn", "a long enough password");

    // Single use: the link is gone for lookups and a second acceptance.
    expect((await call(`/api/v1/invitations/${created.token}`)).status).toBe(404);
    const again = await postJson("/api/v1/invitations/accept", {
      token: created.token,
      name: "小李",
      password: "another long password",
    });
    expect(again.status).toBe(404);
    const list = MemberListResponseSchema.parse(
      await (await call("/api/v1/members", { headers: { cookie: cookies.viewer } })).json(),
    );
    expect(list.members.find((m) => m.id === me.member.id)?.shopScope).toEqual(["taobao:57300001"]);
  });

  it("expire after 7 days", async () => {
    const res = await invite(cookies.owner, { email: "late@example.cn", role: "viewer" });
    const { token } = CreateInvitationResponseSchema.parse(await res.json());
    await env.DB.prepare("UPDATE invitations SET expires_at = ? WHERE token_hash = ?")
      .bind(Date.now() - 1, await sha256Hex(token))
      .run();
    expect((await call(`/api/v1/invitations/${token}`)).status).toBe(404);
    const accept = await postJson("/api/v1/invitations/accept", {
      token,
      name: "Late",
      password: "a long enough password",
    });
    expect(accept.status).toBe(404);
  });

  it("only owners and admins invite; admins cannot invite owners; taken emails are refused", async () => {
    const body = { email: "x@example.cn", role: "viewer" };
    expect((await invite(cookies.analyst, body)).status).toBe(403);
    expect((await invite(cookies.viewer, body)).status).toBe(403);
    expect((await invite(cookies.admin, { ...body, role: "owner" })).status).toBe(403);
    expect((await invite(cookies.owner, { ...body, role: "owner" })).status).toBe(201);
    expect((await invite(cookies.owner, { ...body, email: team.viewer.email })).status).toBe(409);
    expect((await invite(cookies.owner, { ...body, shopScope: ["ebay:1"] })).status).toBe(422);
  });
});
