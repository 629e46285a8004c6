/**
 * Which cross-platform product a platform SKU belongs to (DESIGN: "Cross-platform products"):
 * 1. a manual link made in settings (product_links) wins;
 * 2. else the product whose outer code (商家编码) equals the SKU's: the skus table's code, or
 *    the one order lines showed;
 * 3. else, with an outer code but no product row yet, the virtual product "outer:<code>";
 * 4. else the SKU stands alone as "sku:<platform>:<shopId>:<itemId>:<skuKey>".
 * A product row is created (keeping the grouping) when a user names, links or costs one.
 *
 * Use inside a query over a table aliased `r` with workspace_id, platform, shop_id, item_id and
 * sku_key (rollup_sku_day) or sku_id (skus): `${productJoins("r", "sku_key")}` in FROM, then
 * `${PRODUCT_KEY}` and `${OUTER_CODE}` in SELECT.
 */
export function productJoins(alias: string, skuColumn: "sku_key" | "sku_id"): string {
  const sku = `${alias}.${skuColumn}`;
  return `LEFT JOIN product_links pl ON pl.workspace_id = ${alias}.workspace_id
      AND pl.platform = ${alias}.platform AND pl.shop_id = ${alias}.shop_id
      AND pl.item_id = ${alias}.item_id AND pl.sku_id = ${sku}
    LEFT JOIN skus ps ON ps.workspace_id = ${alias}.workspace_id AND ps.platform = ${alias}.platform
      AND ps.shop_id = ${alias}.shop_id AND ps.item_id = ${alias}.item_id AND ps.sku_id = ${sku}
    LEFT JOIN products po ON po.workspace_id = ${alias}.workspace_id
      AND po.outer_code = coalesce(ps.outer_sku_id, ${skuColumn === "sku_key" ? `${alias}.outer_sku_id` : "NULL"})
    LEFT JOIN products pk ON pk.workspace_id = pl.workspace_id AND pk.product_id = pl.product_id`;
}

/** The SKU's outer code: the listing's (skus) over what an order line showed. */
export function outerCode(alias: string, skuColumn: "sku_key" | "sku_id"): string {
  return skuColumn === "sku_key"
    ? `coalesce(ps.outer_sku_id, ${alias}.outer_sku_id)`
    : `${alias}.outer_sku_id`;
}

/** The product id expression (see the rules above). */
export function productKey(alias: string, skuColumn: "sku_key" | "sku_id"): string {
  const code = outerCode(alias, skuColumn);
  return `coalesce(pl.product_id, po.product_id,
    CASE WHEN ${code} IS NOT NULL AND ${code} <> '' THEN 'outer:' || ${code} END,
    'sku:' || ${alias}.platform || ':' || ${alias}.shop_id || ':' || ${alias}.item_id || ':' || ${alias}.${skuColumn})`;
}

/** The product's name when a user gave one (else reports use the best-selling SKU's title). */
export const PRODUCT_NAME = "coalesce(pk.name, po.name)";

/**
 * Unit cost (goods + packaging) of product `key` on day `date` (SQL expressions): the cost row
 * with the latest effective date on or before that day, so editing a cost today never rewrites
 * history. NULL when the product has no cost for that day.
 */
export function unitCostOn(workspaceExpr: string, key: string, date: string): string {
  return `(SELECT c.unit_cost_fen + c.packaging_fen FROM product_costs c
    WHERE c.workspace_id = ${workspaceExpr} AND c.product_id = ${key} AND c.effective_from <= ${date}
    ORDER BY c.effective_from DESC LIMIT 1)`;
}
