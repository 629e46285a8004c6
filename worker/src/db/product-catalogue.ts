import type { Platform, SkuRef } from "@tongshu/shared";
import { outerCode, productJoins, productKey } from "../reports/products/product-key.ts";
import type { CatalogueSku } from "../settings/group-products.ts";

/**
 * Every platform SKU a workspace knows: captured listings (skus), plus SKUs seen only in paid
 * order lines (rollup_sku_day). `outer_sku_id` is the order lines' code, so product-key.ts
 * resolves each one exactly as the reports do (listing code over order-line code). The rollup
 * is grouped once per SKU (g), never searched per listing: that would scan a shop's days.
 */
const UNIVERSE = `WITH g AS MATERIALIZED (
    SELECT d.workspace_id, d.platform, d.shop_id, d.item_id, d.sku_key,
      max(d.outer_sku_id) AS outer_sku_id, max(d.title) AS title, max(d.sku_text) AS sku_text
    FROM rollup_sku_day d WHERE d.workspace_id = ?1
    GROUP BY d.platform, d.shop_id, d.item_id, d.sku_key
  ), u AS (
    SELECT s.workspace_id, s.platform, s.shop_id, s.item_id, s.sku_id AS sku_key, g.outer_sku_id,
      s.outer_sku_id AS listing_code, s.title, s.sku_text, s.stock, 1 AS listed
    FROM skus s LEFT JOIN g ON g.platform = s.platform AND g.shop_id = s.shop_id
      AND g.item_id = s.item_id AND g.sku_key = s.sku_id
    WHERE s.workspace_id = ?1
    UNION ALL
    SELECT g.workspace_id, g.platform, g.shop_id, g.item_id, g.sku_key, g.outer_sku_id, NULL,
      g.title, g.sku_text, NULL, 0
    FROM g WHERE NOT EXISTS (SELECT 1 FROM skus s WHERE s.workspace_id = g.workspace_id
      AND s.platform = g.platform AND s.shop_id = g.shop_id AND s.item_id = g.item_id
      AND s.sku_id = g.sku_key)
  )`;

/** `?2`: JSON array of "platform:shopId" the caller is limited to, or NULL for every shop. */
const IN_SCOPE = `(?2 IS NULL OR u.platform || ':' || u.shop_id IN (SELECT value FROM json_each(?2)))`;

interface CatalogueRow {
  platform: Platform;
  shop_id: string;
  shop_name: string | null;
  item_id: string;
  sku_key: string;
  title: string;
  sku_text: string | null;
  stock: number | null;
  listed: number;
  listing_code: string | null;
  order_code: string | null;
  outer_code: string | null;
  product_key: string;
  linked_to: string | null;
}

const blankToNull = (code: string | null) => (code === null || code === "" ? null : code);

/** The statement listing every SKU in the caller's shops with its product (see CatalogueSku). */
export function catalogueStatement(
  db: D1Database,
  workspaceId: string,
  shopScope: string[] | null,
): D1PreparedStatement {
  return db
    .prepare(
      `${UNIVERSE}
      SELECT u.platform, u.shop_id, sh.shop_name, u.item_id, u.sku_key, u.title, u.sku_text,
        u.stock, u.listed, u.listing_code, u.outer_sku_id AS order_code,
        ${outerCode("u", "sku_key")} AS outer_code, ${productKey("u", "sku_key")} AS product_key,
        pl.product_id AS linked_to
      FROM u ${productJoins("u", "sku_key")}
      LEFT JOIN shops sh ON sh.workspace_id = u.workspace_id AND sh.platform = u.platform
        AND sh.shop_id = u.shop_id
      WHERE ${IN_SCOPE}`,
    )
    .bind(workspaceId, shopScope === null ? null : JSON.stringify(shopScope));
}

export function toCatalogueSkus(result: D1Result<unknown>): CatalogueSku[] {
  return (result.results as CatalogueRow[]).map((r) => ({
    platform: r.platform,
    shopId: r.shop_id,
    shopName: r.shop_name,
    itemId: r.item_id,
    skuId: r.sku_key,
    title: r.title,
    skuText: r.sku_text,
    outerCode: blankToNull(r.outer_code),
    stock: r.stock,
    listed: r.listed === 1,
    listingCode: r.listing_code,
    orderCode: r.order_code,
    productKey: r.product_key,
    linkedTo: r.linked_to,
  }));
}

/** Is this SKU one of the workspace's (a captured listing or a paid order line), in scope? */
export async function skuExists(
  db: D1Database,
  workspaceId: string,
  shopScope: string[] | null,
  sku: SkuRef,
): Promise<boolean> {
  if (shopScope !== null && !shopScope.includes(`${sku.platform}:${sku.shopId}`)) return false;
  const found = await db
    .prepare(
      `SELECT EXISTS (SELECT 1 FROM skus WHERE workspace_id = ?1 AND platform = ?2 AND shop_id = ?3
           AND item_id = ?4 AND sku_id = ?5)
         OR EXISTS (SELECT 1 FROM rollup_sku_day WHERE workspace_id = ?1 AND platform = ?2
           AND shop_id = ?3 AND item_id = ?4 AND sku_key = ?5) AS found`,
    )
    .bind(workspaceId, sku.platform, sku.shopId, sku.itemId, sku.skuId)
    .first<{ found: number }>();
  return found?.found === 1;
}

/**
 * Titles of the SKUs the reports group as virtual product "outer:<code>" (to name its row when
 * one is made); empty when no SKU of the workspace makes up that group.
 */
export async function titlesOfVirtualProduct(
  db: D1Database,
  workspaceId: string,
  virtualId: string,
): Promise<string[]> {
  const rows = await db
    .prepare(
      `${UNIVERSE}
      SELECT u.title FROM u ${productJoins("u", "sku_key")}
      WHERE ${productKey("u", "sku_key")} = ?2`,
    )
    .bind(workspaceId, virtualId)
    .all<{ title: string }>();
  return rows.results.map((r) => r.title);
}
