import {
  REPORT_SETTINGS_DEFAULTS,
  type ReportSettings,
  type ReportSettingsValues,
} from "@tongshu/shared";

interface ReportSettingsRow {
  lead_time_days: number;
  safety_stock_days: number;
  slow_moving_days: number;
  overstock_days: number;
  updated_at: number;
}

/**
 * The workspace's replenishment and inventory-list thresholds (lead time, safety stock,
 * slow-moving and overstock days); the built-in defaults (15/7/30/90) when never set.
 */
export async function getReportSettings(
  db: D1Database,
  workspaceId: string,
): Promise<ReportSettings> {
  const row = await db
    .prepare(
      `SELECT lead_time_days, safety_stock_days, slow_moving_days, overstock_days, updated_at
       FROM report_settings WHERE workspace_id = ?`,
    )
    .bind(workspaceId)
    .first<ReportSettingsRow>();
  if (!row) return { ...REPORT_SETTINGS_DEFAULTS, isDefault: true, updatedAt: null };
  return {
    leadTimeDays: row.lead_time_days,
    safetyStockDays: row.safety_stock_days,
    slowMovingDays: row.slow_moving_days,
    overstockDays: row.overstock_days,
    isDefault: false,
    updatedAt: row.updated_at,
  };
}

export function setReportSettingsStatement(
  db: D1Database,
  workspaceId: string,
  values: ReportSettingsValues,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO report_settings (workspace_id, lead_time_days, safety_stock_days,
         slow_moving_days, overstock_days, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id) DO UPDATE SET lead_time_days = excluded.lead_time_days,
         safety_stock_days = excluded.safety_stock_days,
         slow_moving_days = excluded.slow_moving_days, overstock_days = excluded.overstock_days,
         updated_at = excluded.updated_at`,
    )
    .bind(
      workspaceId,
      values.leadTimeDays,
      values.safetyStockDays,
      values.slowMovingDays,
      values.overstockDays,
      now,
    );
}
