import { AuditLogResponseSchema, CreateInvitationResponseSchema } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { addMember, auditActions, cookieFor, makeTeam } from "./setup/accounts.ts";
import { call, postJson } from "./setup/fixtures.ts";

const send = (method: string, path: string, cookie: string, body?: unknown) =>
  call(path, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe("audit log", () => {
  it("records every member, device and password change in the same batch as the change", async () => {
    const team = await makeTeam("audited");
    const ws = team.workspace.id;
    const owner = await cookieFor(ws, team.owner.id);
    const start = (await auditActions(ws)).length;

    const invited = await send("POST", "/api/v1/invitations", owner, {
      email: "audit@example.cn",
      role: "viewer",
    });
    const { token } = CreateInvitationResponseSchema.parse(await invited.json());
    await postJson("/api/v1/invitations/accept", {
      token,
      name: "审计",
      password: "long password 1",
    });
    const target = await addMember(ws, "viewer");
    await send("PATCH", `/api/v1/members/${target.id}`, owner, { role: "analyst" });
    await send("DELETE", `/api/v1/members/${target.id}`, owner);
    await send("POST", "/api/v1/me/password", owner, {
      currentPassword: "correct horse battery",
      newPassword: "an even better one",
    });
    const code = await send("POST", "/api/v1/pairing-codes", owner);
    const paired = await postJson("/api/v1/devices/pair", {
      code: ((await code.json()) as { code: string }).code,
      deviceName: "笔记本",
    });
    const { deviceId } = (await paired.json()) as { deviceId: string };
    await send("DELETE", `/api/v1/devices/${deviceId}`, owner);
    // Refused changes leave no row.
    await send("PATCH", `/api/v1/members/${team.owner.id}`, owner, { role: "viewer" });
    await send("DELETE", `/api/v1/devices/${deviceId}`, owner);

    expect((await auditActions(ws)).slice(start)).toEqual([
      "invitation.create",
      "invitation.accept",
      "member.update",
      "member.remove",
      "member.password_change",
      "pairing_code.create",
      "device.pair",
      "device.revoke",
    ]);

    const res = await call("/api/v1/audit-log?limit=3", { headers: { cookie: owner } });
    expect(res.status).toBe(200);
    const page = AuditLogResponseSchema.parse(await res.json());
    expect(page.entries.map((e) => e.action)).toEqual([
      "device.revoke",
      "device.pair",
      "pairing_code.create",
    ]);
    expect(page.entries[0]).toMatchObject({
      actorType: "member",
      actorId: team.owner.id,
      actorName: expect.stringContaining("owner"),
      target: `device:${deviceId}`,
      details: { name: "笔记本" },
    });
    expect(page.entries[1]).toMatchObject({ actorType: "device", actorName: "笔记本" });
    const next = AuditLogResponseSchema.parse(
      await (
        await call(`/api/v1/audit-log?limit=3&before=${page.nextBefore}`, {
          headers: { cookie: owner },
        })
      ).json(),
    );
    expect(next.entries.map((e) => e.action)).toEqual([
      "member.password_change",
      "member.remove",
      "member.update",
    ]);
    expect(next.entries[1]?.details).toMatchObject({ role: "analyst" });
  });

  it("is for owners only, and validates its query", async () => {
    const team = await makeTeam("audit roles");
    const ws = team.workspace.id;
    for (const role of ["admin", "analyst", "viewer"] as const) {
      const res = await call("/api/v1/audit-log", {
        headers: { cookie: await cookieFor(ws, team[role].id) },
      });
      expect(res.status).toBe(403);
    }
    const owner = await cookieFor(ws, team.owner.id);
    for (const query of ["limit=0", "limit=201", "limit=abc", "before=-5"]) {
      expect(
        (await call(`/api/v1/audit-log?${query}`, { headers: { cookie: owner } })).status,
      ).toBe(422);
    }
    expect((await call("/api/v1/audit-log?limit=200", { headers: { cookie: owner } })).status).toBe(
      200,
    );
  });
});
