import {
  ProductLinkRequestSchema,
  type ProductLinkResponse,
  type SkuRef,
  SkuRefSchema,
} from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement, auditStatement } from "../../db/audit-log.ts";
import { skuExists } from "../../db/product-catalogue.ts";
import {
  deleteProductLinkStatement,
  getProductLink,
  setProductLinkStatement,
} from "../../db/product-links.ts";
import type { AppEnv } from "../../env.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import type { MemberAuth } from "../../middleware/session.ts";
import { requireMember } from "../../middleware/session.ts";
import { memberAudit, requireEditor } from "./access.ts";
import { resolveProduct } from "./resolve-product.ts";

const skuTarget = (s: SkuRef) => `sku:${s.platform}:${s.shopId}:${s.itemId}:${s.skuId}`;

/** 404 unless the SKU is one of the workspace's, within the member's shops. */
async function checkSku(db: D1Database, auth: MemberAuth, sku: SkuRef): Promise<void> {
  if (!(await skuExists(db, auth.workspace.id, auth.shopScope, sku)))
    throw new ApiError("not_found", "No such SKU in this workspace's shops.");
}

/**
 * /api/v1/settings/product-links (owner/admin): PUT links a platform SKU to a product by hand
 * (it then counts there whatever its outer code says); DELETE unlinks it.
 */
export const productLinks = new Hono<AppEnv>()
  .use(requireMember)
  .put("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const { productId, ...sku } = await readJson(c, ProductLinkRequestSchema);
    await checkSku(c.env.DB, auth, sku);
    const product = await resolveProduct(c.env.DB, auth, productId);
    const before = await getProductLink(c.env.DB, ws, sku);
    const now = Date.now();
    await c.env.DB.batch([
      setProductLinkStatement(c.env.DB, ws, { ...sku, productId: product.id }, auth.member.id, now),
      auditStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product_link.set", skuTarget(sku), {
          productId: product.id,
          before: before?.productId ?? null,
        }),
        now,
      ),
    ]);
    const body: ProductLinkResponse = { link: { ...sku, productId: product.id, createdAt: now } };
    return c.json(body);
  })
  .delete("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const sku = await readJson(c, SkuRefSchema);
    await checkSku(c.env.DB, auth, sku);
    const before = await getProductLink(c.env.DB, ws, sku);
    const [deleted] = await c.env.DB.batch([
      deleteProductLinkStatement(c.env.DB, ws, sku),
      auditIfChangedStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product_link.delete", skuTarget(sku), {
          productId: before?.productId ?? null,
        }),
        Date.now(),
      ),
    ]);
    if ((deleted?.meta.changes ?? 0) === 0)
      throw new ApiError("not_found", "This SKU has no manual link.");
    return c.body(null, 204);
  });
