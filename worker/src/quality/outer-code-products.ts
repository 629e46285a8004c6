import type { QualityFindingOf } from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { shopCondition } from "../reports/filter.ts";
import { PRODUCT_NAME, productJoins, productKey } from "../reports/products/product-key.ts";
import { checkResult, type QualityCheck, rowsOf, singleShop } from "./check.ts";

interface ProductRow {
  code: string;
  product_key: string;
  name: string | null;
  skus: number;
  first_shop: string;
  last_shop: string;
}

/**
 * outer_code_products (warning): an outer code (商家编码) whose SKUs resolve to two or more
 * products by the reports' rules (product-key.ts: manual link > the code's product > virtual), so
 * the product reports split what the seller keys as one. Codes come from the listings (every SKU
 * of the shops: the catalogue as it is now) and from the order lines of the range (via the SKU-day
 * rollup, which keeps the code the lines showed; a SKU whose listing now has another code then
 * resolves by that code, as in the reports).
 */
export const outerCodeProductsCheck: QualityCheck<"outer_code_products"> = {
  id: "outer_code_products",
  statements(db, filter) {
    const where = shopCondition(filter, "x");
    return [
      db
        .prepare(
          `WITH c AS (
             SELECT x.workspace_id, x.platform, x.shop_id, x.item_id, x.sku_id AS sku_key, x.outer_sku_id
             FROM skus x WHERE x.workspace_id = ? AND x.outer_sku_id <> ''${where.sql}
             UNION
             SELECT DISTINCT x.workspace_id, x.platform, x.shop_id, x.item_id, x.sku_key, x.outer_sku_id
             FROM rollup_sku_day x
             WHERE x.workspace_id = ? AND x.date BETWEEN ? AND ? AND x.outer_sku_id <> ''${where.sql}
           ), r AS MATERIALIZED (
             SELECT c.outer_sku_id AS code, c.platform || ':' || c.shop_id AS shop,
               ${productKey("c", "sku_key")} AS product_key,
               coalesce(${PRODUCT_NAME}, ps.title) AS name
             FROM c ${productJoins("c", "sku_key")}
           )
           SELECT code, product_key, max(name) AS name, count(*) AS skus,
             min(shop) AS first_shop, max(shop) AS last_shop
           FROM r
           WHERE code IN (SELECT code FROM r GROUP BY code HAVING count(DISTINCT product_key) > 1)
           GROUP BY code, product_key
           ORDER BY code, skus DESC, product_key`,
        )
        .bind(
          filter.workspaceId,
          ...where.params,
          filter.workspaceId,
          filter.range.from,
          filter.range.to,
          ...where.params,
        ),
    ];
  },
  build([result]) {
    const byCode = new Map<string, ProductRow[]>();
    for (const row of rowsOf<ProductRow>(result)) {
      const list = byCode.get(row.code);
      if (list) list.push(row);
      else byCode.set(row.code, [row]);
    }
    const findings = [...byCode].map(([code, rows]): QualityFindingOf<"outer_code_products"> => {
      const shops = rows.flatMap((r) => [r.first_shop, r.last_shop]).sort();
      return {
        check: "outer_code_products",
        tier: "warning",
        ...singleShop(shops[0] ?? null, shops[shops.length - 1] ?? null),
        date: null,
        link: dashboardLink("/settings", { section: "products" }),
        outerCode: code,
        products: rows.map((r) => ({ productKey: r.product_key, name: r.name, skus: r.skus })),
      };
    });
    const skus = (f: QualityFindingOf<"outer_code_products">) =>
      f.products.reduce((s, p) => s + p.skus, 0);
    return checkResult("outer_code_products", findings, skus);
  },
};
