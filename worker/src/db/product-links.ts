import type { SkuRef } from "@tongshu/shared";

const KEY = "workspace_id = ? AND platform = ? AND shop_id = ? AND item_id = ? AND sku_id = ?";
const keyOf = (workspaceId: string, sku: SkuRef) => [
  workspaceId,
  sku.platform,
  sku.shopId,
  sku.itemId,
  sku.skuId,
];

/** The product a SKU is manually linked to, or null. */
export async function getProductLink(
  db: D1Database,
  workspaceId: string,
  sku: SkuRef,
): Promise<{ productId: string; createdAt: number } | null> {
  const row = await db
    .prepare(`SELECT product_id, created_at FROM product_links WHERE ${KEY}`)
    .bind(...keyOf(workspaceId, sku))
    .first<{ product_id: string; created_at: number }>();
  return row ? { productId: row.product_id, createdAt: row.created_at } : null;
}

/** Links a SKU to a product (replacing any earlier link): the link wins over its outer code. */
export function setProductLinkStatement(
  db: D1Database,
  workspaceId: string,
  link: SkuRef & { productId: string },
  actorId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO product_links (workspace_id, platform, shop_id, item_id, sku_id, product_id,
         created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, platform, shop_id, item_id, sku_id) DO UPDATE SET
         product_id = excluded.product_id, created_at = excluded.created_at,
         created_by = excluded.created_by`,
    )
    .bind(...keyOf(workspaceId, link), link.productId, now, actorId);
}

export function deleteProductLinkStatement(
  db: D1Database,
  workspaceId: string,
  sku: SkuRef,
): D1PreparedStatement {
  return db.prepare(`DELETE FROM product_links WHERE ${KEY}`).bind(...keyOf(workspaceId, sku));
}

/** The SKUs manually linked to a product. */
export async function listLinksOfProduct(
  db: D1Database,
  workspaceId: string,
  productId: string,
): Promise<SkuRef[]> {
  const rows = await db
    .prepare(
      `SELECT platform, shop_id, item_id, sku_id FROM product_links
       WHERE workspace_id = ? AND product_id = ? ORDER BY platform, shop_id, item_id, sku_id`,
    )
    .bind(workspaceId, productId)
    .all<{ platform: SkuRef["platform"]; shop_id: string; item_id: string; sku_id: string }>();
  return rows.results.map((r) => ({
    platform: r.platform,
    shopId: r.shop_id,
    itemId: r.item_id,
    skuId: r.sku_id,
  }));
}
