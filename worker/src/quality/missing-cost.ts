import type { QualityFindingOf } from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { shopCondition } from "../reports/filter.ts";
import {
  outerCode,
  PRODUCT_NAME,
  productJoins,
  productKey,
  unitCostOn,
} from "../reports/products/product-key.ts";
import { checkResult, type QualityCheck, rowsOf, singleShop } from "./check.ts";

interface ProductRow {
  product_key: string;
  name: string | null;
  outer_code: string | null;
  units: number;
  paid_fen: number;
  first_shop: string;
  last_shop: string;
  unit_cost: number | null;
}

/** Below this share of the range's paid sales, an uncosted product is worth knowing (info). */
export const MINOR_SHARE = 0.01;

/**
 * missing_cost: products (by the reports' product key) with units sold in the range and no unit
 * cost in force on the range's last day (product_costs, looked up as the profit report does), so
 * their profit is unknown: warning, info below MINOR_SHARE of the range's paid sales. Only for
 * members who may see costs: for the others the check is left out entirely (quality-report.ts),
 * as even a list of uncosted products says something about costs. The SKU-days are summed per
 * SKU and code first (the product key depends on nothing else), so the product joins run per
 * SKU, not per day.
 */
export const missingCostCheck: QualityCheck<"missing_cost"> = {
  id: "missing_cost",
  statements(db, filter) {
    const where = shopCondition(filter, "r");
    return [
      db
        .prepare(
          `SELECT g.*, ${unitCostOn("?", "g.product_key", "?")} AS unit_cost FROM (
             SELECT k.product_key, max(k.name) AS name, max(k.outer_code) AS outer_code,
               sum(k.units) AS units, sum(k.paid_fen) AS paid_fen,
               min(k.shop) AS first_shop, max(k.shop) AS last_shop
             FROM (
               SELECT ${productKey("r", "sku_key")} AS product_key,
                 coalesce(${PRODUCT_NAME}, ps.title, r.title) AS name,
                 CASE WHEN pl.product_id IS NOT NULL THEN pk.outer_code
                   ELSE coalesce(po.outer_code, nullif(${outerCode("r", "sku_key")}, '')) END AS outer_code,
                 r.units, r.paid_fen, r.platform || ':' || r.shop_id AS shop
               FROM (
                 SELECT r.workspace_id, r.platform, r.shop_id, r.item_id, r.sku_key, r.outer_sku_id,
                   max(r.title) AS title, sum(r.units) AS units, sum(r.paid_fen) AS paid_fen
                 FROM rollup_sku_day r
                 WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${where.sql}
                 GROUP BY r.platform, r.shop_id, r.item_id, r.sku_key, r.outer_sku_id
               ) r ${productJoins("r", "sku_key")}
             ) k
             GROUP BY k.product_key
           ) g`,
        )
        .bind(
          filter.workspaceId,
          filter.range.to,
          filter.workspaceId,
          filter.range.from,
          filter.range.to,
          ...where.params,
        ),
    ];
  },
  build([result]) {
    const rows = rowsOf<ProductRow>(result);
    const totalPaid = rows.reduce((s, r) => s + r.paid_fen, 0);
    const findings = rows
      .filter((r) => r.units > 0 && r.unit_cost === null)
      .map(
        (r): QualityFindingOf<"missing_cost"> => ({
          check: "missing_cost",
          tier: totalPaid > 0 && r.paid_fen / totalPaid >= MINOR_SHARE ? "warning" : "info",
          ...singleShop(r.first_shop, r.last_shop),
          date: null,
          link: dashboardLink("/settings", { section: "costs" }),
          productKey: r.product_key,
          name: r.name,
          outerCode: r.outer_code,
          units: r.units,
          paidFen: r.paid_fen,
        }),
      );
    return checkResult("missing_cost", findings, (f) => f.paidFen);
  },
};
