import {
  CostHistoryQuerySchema,
  type CostHistoryResponse,
  type CostResponse,
  DeleteCostRequestSchema,
  SetCostRequestSchema,
  VIRTUAL_PRODUCT_PREFIX,
} from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement, auditStatement } from "../../db/audit-log.ts";
import {
  deleteProductCostStatement,
  getProductCost,
  listProductCosts,
  setProductCostStatement,
} from "../../db/product-costs.ts";
import type { AppEnv } from "../../env.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { readQuery } from "../../lib/read-query.ts";
import { requireMember } from "../../middleware/session.ts";
import { memberAudit, requireCostSeer, requireEditor } from "./access.ts";
import { importCosts } from "./imports.ts";
import { findProduct, noSuchProduct, resolveProduct } from "./resolve-product.ts";

/**
 * /api/v1/settings/costs: unit costs per product from an effective date (GET for cost seers;
 * POST, POST /import and DELETE for owners and admins). Profit on a day uses the row in effect that day, so
 * a new row never rewrites earlier days.
 */
export const costs = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", requireCostSeer, async (c) => {
    const ws = c.get("auth").workspace.id;
    const { productId } = readQuery(c, CostHistoryQuerySchema);
    let id: string | null = null;
    if (productId !== undefined) {
      const product = await findProduct(c.env.DB, ws, productId);
      // A virtual product has no row yet, so no costs; any other unknown id is an error.
      if (!product && !productId.startsWith(VIRTUAL_PRODUCT_PREFIX)) throw noSuchProduct();
      if (!product) return c.json({ costs: [] } satisfies CostHistoryResponse);
      id = product.id;
    }
    const body: CostHistoryResponse = { costs: await listProductCosts(c.env.DB, ws, id) };
    return c.json(body);
  })
  .post("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const input = await readJson(c, SetCostRequestSchema);
    const product = await resolveProduct(c.env.DB, auth, input.productId);
    const before = await getProductCost(c.env.DB, ws, product.id, input.effectiveFrom);
    const cost = {
      productId: product.id,
      effectiveFrom: input.effectiveFrom,
      unitCostFen: input.unitCostFen,
      packagingFen: input.packagingFen,
    };
    const now = Date.now();
    await c.env.DB.batch([
      setProductCostStatement(c.env.DB, ws, cost, auth.member.id, now),
      auditStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product_cost.set", `product:${product.id}`, {
          effectiveFrom: cost.effectiveFrom,
          unitCostFen: cost.unitCostFen,
          packagingFen: cost.packagingFen,
          before: before && { unitCostFen: before.unitCostFen, packagingFen: before.packagingFen },
        }),
        now,
      ),
    ]);
    const body: CostResponse = { cost: { ...cost, createdAt: now, createdBy: auth.member.id } };
    return c.json(body, before ? 200 : 201);
  })
  .post("/import", requireEditor, importCosts)
  .delete("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const input = await readJson(c, DeleteCostRequestSchema);
    const product = await findProduct(c.env.DB, ws, input.productId);
    if (!product) throw noSuchProduct();
    const before = await getProductCost(c.env.DB, ws, product.id, input.effectiveFrom);
    const [deleted] = await c.env.DB.batch([
      deleteProductCostStatement(c.env.DB, ws, product.id, input.effectiveFrom),
      auditIfChangedStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product_cost.delete", `product:${product.id}`, {
          effectiveFrom: input.effectiveFrom,
          unitCostFen: before?.unitCostFen ?? null,
          packagingFen: before?.packagingFen ?? null,
        }),
        Date.now(),
      ),
    ]);
    if ((deleted?.meta.changes ?? 0) === 0)
      throw new ApiError("not_found", "This product has no cost from that date.");
    return c.body(null, 204);
  });
