import {
  addDays,
  daysBetween,
  type InventoryOptions,
  type InventoryProduct,
  type InventoryReport,
  PLATFORMS,
  type Platform,
} from "@tongshu/shared";

/** The page's lists, in tab order; the first is what a seller opens the page for. */
export const INVENTORY_TABS = ["stockout", "reorder", "excess", "all"] as const;
export type InventoryTab = (typeof INVENTORY_TABS)[number];
export const DEFAULT_TAB: InventoryTab = "stockout";

/** The horizon the page leads with: "which products run out this week". */
export const STOCK_OUT_SOON_DAYS = 7;

/** The tab a URL value names; anything else (old links, typos) is the default tab. */
export function parseInventoryTab(value: string | null): InventoryTab {
  return (INVENTORY_TABS as readonly string[]).includes(value ?? "")
    ? (value as InventoryTab)
    : DEFAULT_TAB;
}

/** The server CSV lists that hold each tab's rows (the excess tab is two server lists). */
export const TAB_CSV_LISTS: Record<InventoryTab, Array<InventoryOptions["list"]>> = {
  stockout: ["low"],
  reorder: ["reorder"],
  excess: ["over", "slow"],
  all: ["all"],
};

export type StockOutUrgency = "out" | "soon" | "later";

/**
 * How close a product is to running out: "out" (no stock left but it sold in the last 30 days),
 * "soon" (runs out within STOCK_OUT_SOON_DAYS days from today), "later"; null when cover is
 * unknown, or when an empty listing has not sold for 30 days (nothing is running out there).
 */
export function stockOutUrgency(p: InventoryProduct, today: string): StockOutUrgency | null {
  if (p.stockOutDate === null) return null;
  if (p.stock !== null && p.stock <= 0) return p.units30 > 0 ? "out" : null;
  return daysBetween(today, p.stockOutDate) < STOCK_OUT_SOON_DAYS ? "soon" : "later";
}

/** The last day of "this week": stock-outs before the day after it count as soon. */
export const soonUntil = (today: string) => addDays(today, STOCK_OUT_SOON_DAYS - 1);

function byIds(products: InventoryProduct[], ids: string[]): InventoryProduct[] {
  const wanted = new Set(ids);
  return products.filter((p) => wanted.has(p.productId));
}

/**
 * The stock-out list: the report's low-stock list plus anything running out within 7 days
 * (a product with a short lead time is not "low" yet still empties this week), earliest
 * stock-out date first.
 */
export function stockOutRows(report: InventoryReport): InventoryProduct[] {
  const today = report.meta.today;
  const low = new Set(report.lists.lowStock);
  return report.products
    .filter((p) => {
      const urgency = stockOutUrgency(p, today);
      return low.has(p.productId) || urgency === "out" || urgency === "soon";
    })
    .map((p, index) => ({ p, index }))
    .sort(
      (a, b) =>
        (a.p.stockOutDate ?? "9999").localeCompare(b.p.stockOutDate ?? "9999") || a.index - b.index,
    )
    .map(({ p }) => p);
}

/** The rows of one tab, in the report's order (shortest cover first) unless said otherwise. */
export function tabRows(report: InventoryReport, tab: InventoryTab): InventoryProduct[] {
  if (tab === "stockout") return stockOutRows(report);
  if (tab === "reorder") return byIds(report.products, report.lists.reorder);
  if (tab === "excess")
    return byIds(report.products, [...report.lists.overstock, ...report.lists.slowMoving]);
  return report.products;
}

/** Platforms any product is listed or sold on, in the app's platform order (table columns). */
export function stockPlatforms(products: InventoryProduct[]): Platform[] {
  const seen = new Set(products.flatMap((p) => p.platforms.map((x) => x.platform)));
  return PLATFORMS.filter((platform) => seen.has(platform));
}

/** A product's stock on one platform: undefined when it is not on that platform at all. */
export function platformStock(
  p: InventoryProduct,
  platform: Platform,
): { stock: number | null } | undefined {
  const row = p.platforms.find((x) => x.platform === platform);
  return row ? { stock: row.stock } : undefined;
}

/** Whether any captured listing says how much stock there is (else the page explains capture). */
export function hasStockData(report: InventoryReport): boolean {
  return report.products.some((p) => p.stock !== null);
}
