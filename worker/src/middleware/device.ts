import { createMiddleware } from "hono/factory";
import { findDeviceByToken, touchDevice } from "../db/devices.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";

export interface DeviceAuth {
  id: string;
  workspaceId: string;
}

// last_seen_at is for people ("seen 3 minutes ago"): one write a minute is plenty.
const TOUCH_EVERY_MS = 60 * 1000;

/**
 * Requires `Authorization: Bearer <device token>` of a paired, unrevoked device. The device's
 * workspace is the only one it can write: records carry no workspace id.
 */
export const requireDevice = createMiddleware<AppEnv>(async (c, next) => {
  const match = /^Bearer ([A-Za-z0-9_-]{20,128})$/.exec(c.req.header("authorization") ?? "");
  const now = Date.now();
  const device = match?.[1] ? await findDeviceByToken(c.env.DB, match[1]) : null;
  if (!device) throw new ApiError("unauthenticated", "Pair this device first.");
  if (device.lastSeenAt === null || now - device.lastSeenAt >= TOUCH_EVERY_MS)
    await touchDevice(c.env.DB, device.workspaceId, device.id, now);
  c.set("device", { id: device.id, workspaceId: device.workspaceId });
  await next();
});
