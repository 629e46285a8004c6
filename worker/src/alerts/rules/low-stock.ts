import { addDays, checkLowStock, LOW_STOCK_VELOCITY_DAYS, type Platform } from "@tongshu/shared";
import { shopKey } from "../../reports/filter.ts";
import { PRODUCT_NAME, productJoins, productKey } from "../../reports/products/product-key.ts";
import type { AlertRule, Finding } from "../finding.ts";
import { dashboardLink } from "../finding.ts";

interface ProductStock {
  product_key: string;
  platform: Platform;
  shop_id: string;
  stock: number;
  name: string | null;
  title: string;
  units: number;
}

/**
 * Per product (the products report's key) and shop: current stock of its listed SKUs (skus;
 * off-shelf ones and unknown stock left out) and units sold over the 30 days up to yesterday
 * (rollup_sku_day). Stock is not summed across shops: each listing runs out on its own.
 */
const SQL = `WITH stock AS (
    SELECT ${productKey("s", "sku_id")} AS product_key, s.platform, s.shop_id,
      sum(s.stock) AS stock, count(s.stock) AS known, max(${PRODUCT_NAME}) AS name,
      min(s.title) AS title
    FROM skus s ${productJoins("s", "sku_id")}
    WHERE s.workspace_id = ?1 AND s.status <> 'offshelf'
    GROUP BY 1, 2, 3
  ), sold AS (
    SELECT ${productKey("r", "sku_key")} AS product_key, r.platform, r.shop_id,
      sum(r.units) AS units
    FROM rollup_sku_day r ${productJoins("r", "sku_key")}
    WHERE r.workspace_id = ?1 AND r.date BETWEEN ?2 AND ?3
    GROUP BY 1, 2, 3
  )
  SELECT st.product_key, st.platform, st.shop_id, st.stock, st.name, st.title, so.units
  FROM stock st JOIN sold so ON so.product_key = st.product_key AND so.platform = st.platform
    AND so.shop_id = st.shop_id
  WHERE st.known > 0 AND so.units > 0
  ORDER BY st.platform, st.shop_id, st.product_key`;

/** 低库存: days of cover on the 30-day velocity below the limit, per product and shop. */
export const lowStockRule: AlertRule<"low_stock"> = {
  rule: "low_stock",
  mode: "ongoing",
  async find(db, context, params) {
    const from = addDays(context.today, -LOW_STOCK_VELOCITY_DAYS);
    const to = addDays(context.today, -1);
    const rows = await db.prepare(SQL).bind(context.workspaceId, from, to).all<ProductStock>();
    const findings: Finding[] = [];
    for (const row of rows.results) {
      const found = checkLowStock(
        { stock: row.stock, unitsSold: row.units, today: context.today },
        params,
      );
      if (!found) continue;
      const shop = shopKey(row.platform, row.shop_id);
      findings.push({
        rule: "low_stock",
        subject: `${row.product_key}@${shop}`,
        platform: row.platform,
        shopId: row.shop_id,
        date: context.today,
        severity: found.severity,
        evidence: {
          productKey: row.product_key,
          name: row.name ?? row.title,
          stock: row.stock,
          unitsSold: row.units,
          unitsPerDay: found.unitsPerDay,
          daysOfCover: found.daysOfCover,
          stockOutDate: found.stockOutDate,
          coverDays: params.coverDays,
        },
        link: dashboardLink("/inventory", { shop, product: row.product_key }),
      });
    }
    return findings;
  },
};
