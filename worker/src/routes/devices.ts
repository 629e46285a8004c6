import { type DeviceListResponse, PairRequestSchema, type PairResponse } from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement } from "../db/audit-log.ts";
import { getDevice, listDevices, publicDevice, revokeDeviceStatement } from "../db/devices.ts";
import { PAIR_IP_LIMIT } from "../db/login-attempts.ts";
import { redeemPairingCode } from "../db/pairing-codes.ts";
import { getBuyerKeySecret, getWorkspace } from "../db/workspaces.ts";
import type { AppEnv } from "../env.ts";
import { collectInsights, pairingMember } from "../insights/collect-insights.ts";
import { clientIp } from "../lib/client-ip.ts";
import { ApiError } from "../lib/errors.ts";
import { enforceLimits, recordFailures } from "../lib/rate-limit.ts";
import { readJson } from "../lib/read-json.ts";
import { requireDevice } from "../middleware/device.ts";
import { extensionCors, extensionCorsFor } from "../middleware/extension-cors.ts";
import { requireMember } from "../middleware/session.ts";

/**
 * POST /api/v1/devices/pair (no session: the code is the credential), GET /api/v1/devices,
 * DELETE /api/v1/devices/:id (owner, admin, or the member who paired it),
 * GET /api/v1/devices/insights (device token: the overlay's figures, as the pairing member).
 */
export const devices = new Hono<AppEnv>()
  .use("/pair", extensionCors)
  .post("/pair", async (c) => {
    const now = Date.now();
    const ip = clientIp(c);
    await enforceLimits(c.env.DB, [[PAIR_IP_LIMIT, ip]], now);
    const { code, deviceName } = await readJson(c, PairRequestSchema);
    const paired = await redeemPairingCode(c.env.DB, code, deviceName, now);
    const workspace = paired && (await getWorkspace(c.env.DB, paired.workspaceId));
    const secret = paired && (await getBuyerKeySecret(c.env.DB, paired.workspaceId));
    if (!paired || !workspace || !secret) {
      await recordFailures(c.env.DB, [["pair_ip", ip]], now);
      // One message for unknown, used and expired codes: a guesser learns nothing.
      throw new ApiError(
        "invalid_pairing_code",
        "This pairing code is wrong, used or expired. Create a new one in the dashboard.",
      );
    }
    const body: PairResponse = {
      deviceId: paired.deviceId,
      token: paired.token,
      buyerKeySecret: secret,
      workspace,
    };
    c.header("cache-control", "no-store");
    return c.json(body, 201);
  })
  .use("/insights", extensionCorsFor("GET"))
  .get("/insights", requireDevice, async (c) => {
    const member = await pairingMember(c.env.DB, c.get("device"));
    const body = await collectInsights(c.env.DB, member, Date.now());
    // Per device (the token decides the figures): a browser may reuse it briefly, nobody else.
    c.header("cache-control", "private, max-age=60");
    c.header("vary", "Authorization");
    return c.json(body);
  })
  .get("/", requireMember, async (c) => {
    const rows = await listDevices(c.env.DB, c.get("auth").workspace.id);
    const body: DeviceListResponse = { devices: rows.map(publicDevice) };
    return c.json(body);
  })
  .delete("/:id", requireMember, async (c) => {
    const { member, workspace } = c.get("auth");
    const device = await getDevice(c.env.DB, workspace.id, c.req.param("id"));
    if (!device) throw new ApiError("not_found", "No such device.");
    const mayRevoke =
      member.role === "owner" || member.role === "admin" || device.createdBy === member.id;
    if (!mayRevoke)
      throw new ApiError("forbidden", "Only owners, admins and whoever paired it may revoke it.");
    const now = Date.now();
    await c.env.DB.batch([
      revokeDeviceStatement(c.env.DB, workspace.id, device.id, now),
      auditIfChangedStatement(
        c.env.DB,
        workspace.id,
        {
          actorType: "member",
          actorId: member.id,
          action: "device.revoke",
          target: `device:${device.id}`,
          details: { name: device.name },
        },
        now,
      ),
    ]);
    return c.body(null, 204);
  });
