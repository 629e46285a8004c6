import {
  coverVelocity,
  daysOfCover,
  daysSinceSale,
  type InventoryProduct,
  type InventoryReport,
  isLowStock,
  isOverstock,
  isSlowMoving,
  reorderSuggestion,
  salesVelocity,
  stockOutDate,
} from "@tongshu/shared";
import type { ListingRow, ProductInfo, SkuSalesRow } from "./inventory-query.ts";
import {
  cmp,
  joinSkus,
  knownStock,
  maxDate,
  minDate,
  platformRows,
  type Sku,
  skuKey,
  sum,
} from "./inventory-skus.ts";

type Settings = InventoryReport["settings"];
interface Dates {
  today: string;
  window30From: string;
}

function productRow(
  info: ProductInfo,
  skus: Sku[],
  settings: Settings,
  dates: Dates,
): InventoryProduct {
  const stock = knownStock(skus);
  const units7 = sum(skus, (s) => s.units7);
  const units30 = sum(skus, (s) => s.units30);
  const velocity7 = salesVelocity(units7, 7) ?? 0;
  const velocity30 = salesVelocity(units30, 30) ?? 0;
  const firstSaleDate = minDate(skus.map((s) => s.firstSaleDate));
  const lastSaleDate = maxDate(skus.map((s) => s.lastSaleDate));
  const velocity = coverVelocity({ velocity7, velocity30, firstSaleDate, ...dates });
  const cover = daysOfCover(stock, velocity.unitsPerDay);
  const leadTimeDays = info.leadTimeDays ?? settings.leadTimeDays;
  const safetyStockDays = info.safetyStockDays ?? settings.safetyStockDays;
  const reorder = reorderSuggestion({
    stock,
    unitsPerDay: velocity.unitsPerDay,
    leadTimeDays,
    safetyStockDays,
    coverDays: settings.reorderCoverDays,
  });
  const best = skus[0] as Sku;
  return {
    productId: info.productId,
    name: info.productName ?? best.title,
    named: info.productName !== null,
    outerCode:
      info.productOuter ?? (info.productId.startsWith("outer:") ? info.productId.slice(6) : null),
    stock,
    unknownStockSkus: skus.filter((s) => s.stock === null).length,
    units7,
    units30,
    velocity7,
    velocity30,
    velocityBasis: velocity.basis,
    daysOfCover: cover,
    stockOutDate: stockOutDate(dates.today, cover),
    firstSaleDate,
    lastSaleDate,
    daysSinceLastSale: daysSinceSale(lastSaleDate, dates.today),
    leadTimeDays,
    safetyStockDays,
    reorder,
    flags: {
      lowStock: isLowStock({ stock, cover, units30, leadTimeDays, safetyStockDays }),
      overstock: isOverstock(cover, settings.overstockDays),
      slowMoving: isSlowMoving({ stock, lastSaleDate, today: dates.today, ...settings }),
      reorder: reorder?.reorderNow ?? false,
    },
    platforms: platformRows(skus),
    skus: skus.map(({ paid30Fen: _p, firstSaleDate: _f, ...s }) => s),
  };
}

/**
 * Products with their stock, velocity, cover and flags, shortest cover first (unknown cover
 * last, then by 30-day units), and the four action lists in the same order.
 */
export function buildInventory(
  listings: ListingRow[],
  sales: SkuSalesRow[],
  settings: Settings,
  dates: Dates,
): Pick<InventoryReport, "products" | "lists"> {
  const groups = new Map<string, { info: ProductInfo; skus: Sku[] }>();
  for (const { info, sku } of joinSkus(listings, sales)) {
    const group = groups.get(info.productId) ?? { info, skus: [] };
    group.skus.push(sku);
    groups.set(info.productId, group);
  }
  const products = [...groups.values()]
    .map(({ info, skus }) => {
      // Best-selling SKU first: it names an unnamed product.
      skus.sort(
        (a, b) => b.paid30Fen - a.paid30Fen || b.units30 - a.units30 || cmp(skuKey(a), skuKey(b)),
      );
      return productRow(info, skus, settings, dates);
    })
    .sort(
      (a, b) =>
        (a.daysOfCover ?? Number.POSITIVE_INFINITY) - (b.daysOfCover ?? Number.POSITIVE_INFINITY) ||
        b.units30 - a.units30 ||
        cmp(a.productId, b.productId),
    );
  const ids = (flag: keyof InventoryProduct["flags"]) =>
    products.filter((p) => p.flags[flag]).map((p) => p.productId);
  return {
    products,
    lists: {
      lowStock: ids("lowStock"),
      overstock: ids("overstock"),
      slowMoving: ids("slowMoving"),
      reorder: ids("reorder"),
    },
  };
}
