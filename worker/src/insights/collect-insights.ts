import {
  ALERTS_MAX_LIMIT,
  type DeviceInsightsResponse,
  type ProductsOptions,
  ReportQuerySchema,
} from "@tongshu/shared";
import { listAlerts } from "../alerts/list.ts";
import { getDevice } from "../db/devices.ts";
import { getMember, type StoredMember } from "../db/members.ts";
import { ApiError } from "../lib/errors.ts";
import type { DeviceAuth } from "../middleware/device.ts";
import { buildReportFilter } from "../reports/filter.ts";
import { inventoryReport } from "../reports/inventory/inventory-report.ts";
import { liveReport } from "../reports/live/live-report.ts";
import { productsReport } from "../reports/products/products-report.ts";
import { insightAlerts, insightProducts } from "./insight-rows.ts";

/**
 * The member a device acts for: whoever paired it, while they are still an enabled member.
 * A device outlives neither its member's removal nor their rights.
 */
export async function pairingMember(db: D1Database, device: DeviceAuth): Promise<StoredMember> {
  const stored = await getDevice(db, device.workspaceId, device.id);
  const member = stored && (await getMember(db, device.workspaceId, stored.createdBy));
  if (!member || member.disabled)
    throw new ApiError(
      "forbidden",
      "The member who paired this device was removed or disabled. Pair it again from the dashboard.",
    );
  return member;
}

// Every product gets its margin: the options schema caps what a URL may ask, not this caller.
const ALL_PRODUCTS: ProductsOptions = { sort: "sales", limit: Number.MAX_SAFE_INTEGER };

/**
 * The overlay's figures, read through the report code the dashboard uses (inventory, live,
 * products for margin, the alerts list), so each number equals the dashboard's for the
 * member's scope. The inventory and live reports ignore the range; "last30" is the margin's.
 */
export async function collectInsights(
  db: D1Database,
  member: StoredMember,
  now: number,
): Promise<DeviceInsightsResponse> {
  const filter = buildReportFilter(ReportQuerySchema.parse({ preset: "last30" }), {
    workspaceId: member.workspaceId,
    shopScope: member.shopScope,
    canSeeCosts: member.canSeeCosts,
    now,
  });
  const page = { limit: ALERTS_MAX_LIMIT, offset: 0 };
  const [inventory, live, products, open] = await Promise.all([
    inventoryReport.run(db, filter, { list: "all" }),
    liveReport.run(db, filter, {}),
    filter.canSeeCosts ? productsReport.run(db, filter, ALL_PRODUCTS) : null,
    listAlerts(
      db,
      { state: ["new", "seen"], ...page, format: "json", lang: "zh-CN" },
      { workspaceId: member.workspaceId, shopScope: member.shopScope },
      page,
    ),
  ]);
  return {
    generatedAt: now,
    today: filter.today,
    costsVisible: filter.canSeeCosts,
    shops: filter.shops,
    windows: inventory.windows,
    live: { total: live.total, platforms: live.platforms },
    products: insightProducts(inventory.products, products?.products ?? null),
    alerts: insightAlerts(open.alerts),
    alertCount: open.counts.new + open.counts.seen,
  };
}
