import { type ReportSettingsResponse, ReportSettingsValuesSchema } from "@tongshu/shared";
import { Hono } from "hono";
import { auditStatement } from "../../db/audit-log.ts";
import { getReportSettings, setReportSettingsStatement } from "../../db/report-settings.ts";
import type { AppEnv } from "../../env.ts";
import { readJson } from "../../lib/read-json.ts";
import { requireMember } from "../../middleware/session.ts";
import { memberAudit, requireEditor } from "./access.ts";

/**
 * /api/v1/settings/report: workspace defaults of the inventory report (lead time and safety
 * stock where a product sets none, slow-moving and overstock thresholds). GET any member; PUT
 * owner/admin.
 */
export const report = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const body: ReportSettingsResponse = {
      settings: await getReportSettings(c.env.DB, c.get("auth").workspace.id),
    };
    return c.json(body);
  })
  .put("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const values = await readJson(c, ReportSettingsValuesSchema);
    const before = await getReportSettings(c.env.DB, ws);
    const now = Date.now();
    await c.env.DB.batch([
      setReportSettingsStatement(c.env.DB, ws, values, now),
      auditStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "report_settings.update", "report_settings", {
          before: before.isDefault
            ? null
            : {
                leadTimeDays: before.leadTimeDays,
                safetyStockDays: before.safetyStockDays,
                slowMovingDays: before.slowMovingDays,
                overstockDays: before.overstockDays,
              },
          after: values,
        }),
        now,
      ),
    ]);
    const body: ReportSettingsResponse = {
      settings: { ...values, isDefault: false, updatedAt: now },
    };
    return c.json(body);
  });
