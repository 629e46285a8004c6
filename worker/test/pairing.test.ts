import { env } from "cloudflare:workers";
import {
  DeviceListResponseSchema,
  PAIRING_CODE_TTL_MS,
  PairingCodeResponseSchema,
  PairResponseSchema,
} from "@tongshu/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../src/lib/crypto.ts";
import { auditActions, cookieFor, makeTeam, type Team } from "./setup/accounts.ts";
import { call, postJson, sku } from "./setup/fixtures.ts";

let team: Team;
let ownerCookie = "";
beforeAll(async () => {
  team = await makeTeam("甜橙家居");
  ownerCookie = await cookieFor(team.workspace.id, team.owner.id);
});

async function newCode(cookie = ownerCookie): Promise<string> {
  const res = await call("/api/v1/pairing-codes", { method: "POST", headers: { cookie } });
  expect(res.status).toBe(201);
  return PairingCodeResponseSchema.parse(await res.json()).code;
}

const pair = (code: string, headers: Record<string, string> = {}) =>
  postJson("/api/v1/devices/pair", { code, deviceName: "Chrome 办公室" }, headers);

describe("pairing codes", () => {
  it("are 8 characters of the unambiguous alphabet, stored only as a hash, valid 10 minutes", async () => {
    const before = Date.now();
    const res = await call("/api/v1/pairing-codes", {
      method: "POST",
      headers: { cookie: ownerCookie },
    });
    const body = PairingCodeResponseSchema.parse(await res.json());
    expect(body.code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(body.expiresAt).toBeGreaterThanOrEqual(before + PAIRING_CODE_TTL_MS);
    expect(body.expiresAt).toBeLessThanOrEqual(Date.now() + PAIRING_CODE_TTL_MS);
    const stored = await env.DB.prepare("SELECT code_hash FROM pairing_codes WHERE code_hash = ?")
      .bind(await sha256Hex(body.code))
      .first();
    expect(stored).not.toBeNull();
    const plain = await env.DB.prepare(
      "SELECT count(*) AS n FROM pairing_codes WHERE code_hash = ?",
    )
      .bind(body.code)
      .first<{ n: number }>();
    expect(plain?.n).toBe(0);
  });

  it("may not be created by a viewer", async () => {
    const cookie = await cookieFor(team.workspace.id, team.viewer.id);
    const res = await call("/api/v1/pairing-codes", { method: "POST", headers: { cookie } });
    expect(res.status).toBe(403);
  });
});

describe("POST /api/v1/devices/pair", () => {
  it("trades a code (typed loosely) for a device token and the workspace's buyer-key secret", async () => {
    const code = await newCode();
    const res = await pair(`${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`);
    expect(res.status).toBe(201);
    const body = PairResponseSchema.parse(await res.json());
    const secret = await env.DB.prepare("SELECT buyer_key_secret FROM workspaces WHERE id = ?")
      .bind(team.workspace.id)
      .first<{ buyer_key_secret: string }>();
    expect(body.buyerKeySecret).toBe(secret?.buyer_key_secret);
    expect(body.workspace).toEqual({ id: team.workspace.id, name: "甜橙家居" });
    const device = await env.DB.prepare("SELECT name, token_hash FROM devices WHERE id = ?")
      .bind(body.deviceId)
      .first<{ name: string; token_hash: string }>();
    expect(device).toEqual({ name: "Chrome 办公室", token_hash: await sha256Hex(body.token) });
  });

  it("answers one 400 for wrong, used and expired codes", async () => {
    const used = await newCode();
    expect((await pair(used)).status).toBe(201);
    const expired = await newCode();
    await env.DB.prepare("UPDATE pairing_codes SET expires_at = ? WHERE code_hash = ?")
      .bind(Date.now() - 1, await sha256Hex(expired))
      .run();
    const bodies = [];
    for (const code of ["ZZZZZZZZ", used, expired]) {
      const res = await pair(code);
      expect(res.status).toBe(400);
      bodies.push(await res.json());
    }
    expect(bodies[0]).toMatchObject({ error: { code: "invalid_pairing_code" } });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it("lets exactly one of two concurrent uses of a code succeed", async () => {
    const code = await newCode();
    const before = await env.DB.prepare("SELECT count(*) AS n FROM devices").first<{ n: number }>();
    const results = await Promise.all([pair(code), pair(code), pair(code)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400, 400]);
    const after = await env.DB.prepare("SELECT count(*) AS n FROM devices").first<{ n: number }>();
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(1);
  });

  it("refuses a malformed body with 422 and a code outside the alphabet", async () => {
    expect((await pair("O0I1O0I1")).status).toBe(422);
    expect((await postJson("/api/v1/devices/pair", { code: "ABCDEFGH" })).status).toBe(422);
  });

  it("rate-limits wrong codes per IP with 429 and Retry-After", async () => {
    const ip = { "cf-connecting-ip": "203.0.113.9" };
    for (let i = 0; i < 10; i++) expect((await pair("YYYYYYYY", ip)).status).toBe(400);
    const code = await newCode();
    const limited = await pair(code, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another IP is not affected, and the code was not spent by the refused call.
    expect((await pair(code, { "cf-connecting-ip": "203.0.113.10" })).status).toBe(201);
  });
});

describe("devices", () => {
  it("lists the workspace's devices; the pairing member, owners and admins may revoke", async () => {
    const cookie = await cookieFor(team.workspace.id, team.analyst.id);
    const list = DeviceListResponseSchema.parse(
      await (await call("/api/v1/devices", { headers: { cookie } })).json(),
    );
    expect(list.devices.map((d) => d.id)).toContain(team.device.id);
    expect(JSON.stringify(list)).not.toContain("token");

    const viewer = await cookieFor(team.workspace.id, team.viewer.id);
    const del = (c: string) =>
      call(`/api/v1/devices/${team.device.id}`, { method: "DELETE", headers: { cookie: c } });
    expect((await del(viewer)).status).toBe(403);
    expect((await del(cookie)).status).toBe(204);
    expect((await del(cookie)).status).toBe(204);
    expect(
      (await call("/api/v1/devices/dv_nope", { method: "DELETE", headers: { cookie } })).status,
    ).toBe(404);

    const ingest = await postJson(
      "/api/v1/ingest",
      { batchId: "after-revoke-1", records: [sku()] },
      { authorization: team.device.bearer },
    );
    expect(ingest.status).toBe(401);
    const revoked = await env.DB.prepare("SELECT revoked_at FROM devices WHERE id = ?")
      .bind(team.device.id)
      .first<{ revoked_at: number | null }>();
    expect(revoked?.revoked_at).toBeGreaterThan(0);
    const actions = await auditActions(team.workspace.id);
    expect(actions.filter((a) => a === "device.revoke")).toHaveLength(1);
    expect(actions).toContain("device.pair");
    expect(actions).toContain("pairing_code.create");
  });
});
