import {
  daysOfCover,
  INVENTORY_DEFAULTS,
  isLowStock,
  type Platform,
  salesVelocity,
  toBusinessDate,
} from "@tongshu/shared";
import { platformGroup } from "../lib/capture-prefs.ts";
import type { ProductFigures } from "./overlay-message.ts";
import type { SlimOrder, SlimSku } from "./slim-records.ts";
import type { VelocityWindows } from "./windows.ts";

/** A sold or listed SKU: what a page id may name (an item id, or a SKU id on JD). */
interface SkuRef {
  platform: Platform;
  shopId: string;
  itemId: string;
  skuId: string | null;
  outer: string | null;
}

const samePlatform = (a: Platform, b: Platform) => platformGroup(a) === platformGroup(b);

/** Refs by item id, SKU id and outer code, so a 100-row page costs lookups, not scans. */
function indexRefs<R extends SkuRef>(refs: readonly R[]) {
  const byId = new Map<string, R[]>();
  const byOuter = new Map<string, R[]>();
  const add = (map: Map<string, R[]>, key: string | null, ref: R) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  for (const ref of refs) {
    add(byId, ref.itemId, ref);
    if (ref.skuId !== ref.itemId) add(byId, ref.skuId, ref);
    add(byOuter, ref.outer, ref);
  }
  return { byId, byOuter };
}

/** Orders that count as sales: paid, and not cancelled. */
export function isSale(order: SlimOrder): boolean {
  return order.paidAt !== null && order.status !== "cancelled" && order.status !== "unpaid";
}

/**
 * Local product figures for the ids of one page (platform, and shop when known), from the
 * captured orders and SKUs alone. Units are summed by payment day in the report windows; other
 * platforms join through the seller's outer code (商家编码). Cover uses the 30-day velocity and
 * low stock the inventory report's default lead time + safety days (no settings locally).
 * Ids nothing local knows are left out.
 */
export function computeLocalProducts(input: {
  orders: readonly SlimOrder[];
  skus: readonly SlimSku[];
  platform: Platform;
  shopId: string | null;
  ids: readonly string[];
  windows: VelocityWindows;
}): Record<string, ProductFigures> {
  const { platform, shopId, windows } = input;
  const inShop = (ref: SkuRef) =>
    samePlatform(ref.platform, platform) && (shopId === null || ref.shopId === shopId);
  const skuRefs = input.skus.map((s) => ({ ...s, outer: s.outerSkuId, sku: s }));
  // A line often lacks the outer code its SKU record shows: borrow it, so sales link too.
  const skuOuter = new Map(
    input.skus.map((s) => [`${s.platform}|${s.shopId}|${s.itemId}|${s.skuId}`, s.outerSkuId]),
  );
  const sales = input.orders.filter(isSale).flatMap((order) => {
    const day = toBusinessDate(order.paidAt ?? 0);
    if (day < windows.from30 || day > windows.to) return [];
    return order.lines.map((line) => ({
      platform: order.platform,
      shopId: order.shopId,
      itemId: line.itemId,
      skuId: line.skuId,
      outer:
        line.outerSkuId ??
        skuOuter.get(`${order.platform}|${order.shopId}|${line.itemId}|${line.skuId}`) ??
        null,
      quantity: line.quantity,
      recent: day >= windows.from7,
    }));
  });
  const skuIndex = indexRefs(skuRefs);
  const saleIndex = indexRefs(sales);
  const result: Record<string, ProductFigures> = {};
  for (const id of input.ids) {
    const hereSkus = (skuIndex.byId.get(id) ?? []).filter(inShop);
    const hereSales = (saleIndex.byId.get(id) ?? []).filter(inShop);
    if (hereSkus.length === 0 && hereSales.length === 0) continue;
    const outers = [...hereSkus, ...hereSales].map((r) => r.outer);
    const viaOuter = <R extends SkuRef>(index: Map<string, R[]>) =>
      outers.flatMap((o) => (o ? (index.get(o) ?? []) : []));
    const allSkus = [...new Set([...hereSkus, ...viaOuter(skuIndex.byOuter)])];
    const allSales = [...new Set([...hereSales, ...viaOuter(saleIndex.byOuter)])];
    const sum = (list: typeof sales, recent: boolean) =>
      list.filter((s) => !recent || s.recent).reduce((n, s) => n + s.quantity, 0);
    const stockBy = new Map<Platform, number | null>();
    for (const s of allSkus) {
      const known = stockBy.get(s.platform) ?? null;
      stockBy.set(s.platform, s.sku.stock === null ? known : (known ?? 0) + s.sku.stock);
    }
    const known = [...stockBy.values()].filter((v): v is number => v !== null);
    const stock = known.length ? known.reduce((a, b) => a + b, 0) : null;
    const units30All = sum(allSales, false);
    const cover = daysOfCover(stock, salesVelocity(units30All, 30));
    result[id] = {
      source: "local",
      units7Here: sum(hereSales, true),
      units30Here: sum(hereSales, false),
      units7All: sum(allSales, true),
      units30All,
      stock: [...stockBy].map(([p, s]) => ({ platform: p, stock: s })),
      daysOfCover: cover,
      lowStock: isLowStock({
        stock,
        cover,
        units30: units30All,
        leadTimeDays: INVENTORY_DEFAULTS.leadTimeDays,
        safetyStockDays: INVENTORY_DEFAULTS.safetyStockDays,
      }),
      marginRate: null,
    };
  }
  return result;
}
