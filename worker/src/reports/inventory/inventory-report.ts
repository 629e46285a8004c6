import {
  addDays,
  INVENTORY_DEFAULTS,
  type InventoryOptions,
  InventoryOptionsSchema,
  type InventoryReport,
} from "@tongshu/shared";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { buildInventory } from "./build-inventory.ts";
import { inventoryCsv } from "./inventory-csv.ts";
import {
  listingsStatement,
  reportSettingsStatement,
  skuSalesWindowsStatement,
  toListings,
  toSkuSalesRows,
} from "./inventory-query.ts";

interface SettingsRow {
  lead_time_days: number;
  safety_stock_days: number;
  slow_moving_days: number;
  overstock_days: number;
}

/** The report's list option travels with the report to its CSV export. */
type InventoryResult = InventoryReport & { [LIST]?: InventoryOptions["list"] };
const LIST = Symbol("list");

async function runInventory(
  db: D1Database,
  filter: ReportFilter,
  options: InventoryOptions,
): Promise<InventoryResult> {
  // Stock is "now"; velocity counts whole days, so its windows end yesterday (Beijing).
  const yesterday = addDays(filter.today, -1);
  const windows = {
    days7: { from: addDays(yesterday, -6), to: yesterday },
    days30: { from: addDays(yesterday, -29), to: yesterday },
  };
  const [listings, sales, settingsResult] = await db.batch([
    listingsStatement(db, filter),
    skuSalesWindowsStatement(db, filter, windows, filter.today),
    reportSettingsStatement(db, filter.workspaceId),
  ]);
  const saved = (settingsResult as D1Result<SettingsRow>).results[0];
  const settings = {
    leadTimeDays: saved?.lead_time_days ?? INVENTORY_DEFAULTS.leadTimeDays,
    safetyStockDays: saved?.safety_stock_days ?? INVENTORY_DEFAULTS.safetyStockDays,
    slowMovingDays: saved?.slow_moving_days ?? INVENTORY_DEFAULTS.slowMovingDays,
    overstockDays: saved?.overstock_days ?? INVENTORY_DEFAULTS.overstockDays,
    reorderCoverDays: INVENTORY_DEFAULTS.reorderCoverDays,
  };
  const built = buildInventory(
    toListings(listings as D1Result),
    toSkuSalesRows(sales as D1Result),
    settings,
    { today: filter.today, window30From: windows.days30.from },
  );
  return { meta: reportMeta(filter), windows, settings, ...built, [LIST]: options.list };
}

/**
 * 库存分析: stock now per product and platform SKU, 7/30-day velocity, days of cover, stock-out
 * date, and the low-stock, overstock, slow-moving and reorder lists. The date range does not
 * apply (stock is now); platform, shop and member scope do.
 */
export const inventoryReport: ReportDefinition<InventoryResult, InventoryOptions> = {
  options: InventoryOptionsSchema,
  run: runInventory,
  csv: (report, filter) => inventoryCsv(report, filter, report[LIST] ?? "all"),
};
