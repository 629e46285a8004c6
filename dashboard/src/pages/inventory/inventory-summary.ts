import type { InventoryReport } from "@tongshu/shared";
import { stockOutUrgency } from "./inventory-lists.ts";

/** The page's headline figures, all counted from the report's product rows. */
export interface InventorySummary {
  products: number;
  /** Σ known product stock; null when no product's stock is known (unknown is not zero). */
  totalStock: number | null;
  /** SKUs whose stock was never captured, so not in totalStock. */
  unknownStockSkus: number;
  /** Products out of stock (and still selling) or running out within 7 days. */
  stockOutSoon: number;
  /** The part of stockOutSoon that is out already. */
  outOfStock: number;
  reorder: number;
  overstock: number;
  slowMoving: number;
}

/** Summary cards' figures: the report has no KPI block, so they are counted from its rows. */
export function inventorySummary(report: InventoryReport): InventorySummary {
  let totalStock: number | null = null;
  let unknownStockSkus = 0;
  let stockOutSoon = 0;
  let outOfStock = 0;
  for (const p of report.products) {
    if (p.stock !== null) totalStock = (totalStock ?? 0) + p.stock;
    unknownStockSkus += p.unknownStockSkus;
    const urgency = stockOutUrgency(p, report.meta.today);
    if (urgency === "out" || urgency === "soon") stockOutSoon += 1;
    if (urgency === "out") outOfStock += 1;
  }
  return {
    products: report.products.length,
    totalStock,
    unknownStockSkus,
    stockOutSoon,
    outOfStock,
    reorder: report.lists.reorder.length,
    overstock: report.lists.overstock.length,
    slowMoving: report.lists.slowMoving.length,
  };
}
