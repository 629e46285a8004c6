import {
  PlatformFeesSchema,
  PlatformSchema,
  type PlatformSettingsListResponse,
  type PlatformSettingsResponse,
} from "@tongshu/shared";
import { Hono } from "hono";
import { auditStatement } from "../../db/audit-log.ts";
import { listPlatformSettings, setPlatformSettingsStatement } from "../../db/platform-settings.ts";
import type { AppEnv } from "../../env.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { requireMember } from "../../middleware/session.ts";
import { memberAudit, requireCostSeer, requireEditor } from "./access.ts";

/**
 * /api/v1/settings/platforms: commission and service fee rates (basis points of net sales) and
 * shipping per order, used where settlements were not captured. GET for cost seers (every
 * platform, `isDefault` where nothing was set); PUT /:platform for owners and admins.
 */
export const platforms = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", requireCostSeer, async (c) => {
    const body: PlatformSettingsListResponse = {
      platforms: await listPlatformSettings(c.env.DB, c.get("auth").workspace.id),
    };
    return c.json(body);
  })
  .put("/:platform", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const parsed = PlatformSchema.safeParse(c.req.param("platform"));
    if (!parsed.success)
      throw new ApiError("validation_failed", "Unknown platform.", 422, {
        issues: [{ path: "platform", message: "expected taobao, tmall, jd or pdd" }],
      });
    const platform = parsed.data;
    const fees = await readJson(c, PlatformFeesSchema);
    const before = (await listPlatformSettings(c.env.DB, ws)).find((p) => p.platform === platform);
    const now = Date.now();
    await c.env.DB.batch([
      setPlatformSettingsStatement(c.env.DB, ws, platform, fees, now),
      auditStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "platform_settings.update", `platform:${platform}`, {
          before:
            before && !before.isDefault
              ? {
                  commissionBp: before.commissionBp,
                  serviceFeeBp: before.serviceFeeBp,
                  shippingFenPerOrder: before.shippingFenPerOrder,
                }
              : null,
          after: fees,
        }),
        now,
      ),
    ]);
    const body: PlatformSettingsResponse = {
      settings: { platform, ...fees, isDefault: false, updatedAt: now },
    };
    return c.json(body);
  });
