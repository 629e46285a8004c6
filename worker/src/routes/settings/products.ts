import {
  CreateProductRequestSchema,
  type ProductListResponse,
  type ProductResponse,
  toBusinessDate,
  UpdateProductRequestSchema,
} from "@tongshu/shared";
import { Hono } from "hono";
import { auditIfChangedStatement } from "../../db/audit-log.ts";
import { catalogueStatement, toCatalogueSkus } from "../../db/product-catalogue.ts";
import { currentCostsStatement, listProductCosts, toCurrentCosts } from "../../db/product-costs.ts";
import { listLinksOfProduct } from "../../db/product-links.ts";
import {
  deleteProductStatements,
  getProduct,
  insertProductStatement,
  listProductsStatement,
  toProducts,
  updateProductStatement,
} from "../../db/products.ts";
import { getReportSettings } from "../../db/report-settings.ts";
import type { AppEnv } from "../../env.ts";
import { randomId } from "../../lib/crypto.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { requireMember } from "../../middleware/session.ts";
import { groupProducts } from "../../settings/group-products.ts";
import { memberAudit, requireEditor } from "./access.ts";
import { importProducts } from "./imports.ts";
import { findProduct, noSuchProduct, resolveProduct } from "./resolve-product.ts";

/**
 * /api/v1/settings/products: the cross-platform products as the reports group them (GET, any
 * member; today's cost only for cost seers), and creating (one, or many by import), naming and
 * removing them (owner/admin).
 */
export const products = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const db = c.env.DB;
    const seesCosts = auth.member.canSeeCosts;
    const [skus, rows, costs] = await db.batch([
      catalogueStatement(db, ws, auth.shopScope),
      listProductsStatement(db, ws),
      ...(seesCosts ? [currentCostsStatement(db, ws, toBusinessDate(Date.now()))] : []),
    ]);
    const defaults = await getReportSettings(db, ws);
    const grouped = groupProducts({
      skus: skus ? toCatalogueSkus(skus) : [],
      products: rows ? toProducts(rows) : [],
      costs: seesCosts && costs ? toCurrentCosts(costs) : null,
      scoped: auth.shopScope !== null,
    });
    const body: ProductListResponse = {
      ...grouped,
      defaults: { leadTimeDays: defaults.leadTimeDays, safetyStockDays: defaults.safetyStockDays },
    };
    return c.json(body);
  })
  .post("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const input = await readJson(c, CreateProductRequestSchema);
    const product = {
      id: randomId("pd"),
      name: input.name,
      outerCode: input.outerCode ?? null,
      leadTimeDays: input.leadTimeDays ?? null,
      safetyStockDays: input.safetyStockDays ?? null,
    };
    const now = Date.now();
    const [inserted] = await c.env.DB.batch([
      insertProductStatement(c.env.DB, ws, product, now),
      auditIfChangedStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product.create", `product:${product.id}`, {
          name: product.name,
          outerCode: product.outerCode,
          ...(input.leadTimeDays === undefined ? {} : { leadTimeDays: input.leadTimeDays }),
          ...(input.safetyStockDays === undefined
            ? {}
            : { safetyStockDays: input.safetyStockDays }),
        }),
        now,
      ),
    ]);
    if ((inserted?.meta.changes ?? 0) === 0)
      throw new ApiError("conflict", "Another product already has this outer code.");
    const made = await getProduct(c.env.DB, ws, product.id);
    if (!made) throw noSuchProduct();
    const body: ProductResponse = { product: made };
    return c.json(body, 201);
  })
  .post("/import", requireEditor, importProducts)
  .patch("/:id", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const patch = await readJson(c, UpdateProductRequestSchema);
    const before = await resolveProduct(c.env.DB, auth, c.req.param("id"));
    await c.env.DB.batch([
      updateProductStatement(c.env.DB, ws, before.id, patch),
      auditIfChangedStatement(
        c.env.DB,
        ws,
        memberAudit(auth, "product.update", `product:${before.id}`, {
          before: {
            name: before.name,
            leadTimeDays: before.leadTimeDays,
            safetyStockDays: before.safetyStockDays,
          },
          change: patch,
        }),
        Date.now(),
      ),
    ]);
    const after = await getProduct(c.env.DB, ws, before.id);
    if (!after) throw noSuchProduct();
    const body: ProductResponse = { product: after };
    return c.json(body);
  })
  .delete("/:id", requireEditor, async (c) => {
    const auth = c.get("auth");
    const ws = auth.workspace.id;
    const db = c.env.DB;
    const product = await findProduct(db, ws, c.req.param("id"));
    if (!product) throw noSuchProduct();
    // The audit row keeps what was removed, so a mistaken delete can be typed back in.
    const costs = await listProductCosts(db, ws, product.id);
    const links = await listLinksOfProduct(db, ws, product.id);
    const results = await db.batch([
      ...deleteProductStatements(db, ws, product.id),
      auditIfChangedStatement(
        db,
        ws,
        memberAudit(auth, "product.delete", `product:${product.id}`, {
          name: product.name,
          outerCode: product.outerCode,
          links,
          costs: costs.map(({ effectiveFrom, unitCostFen, packagingFen }) => ({
            effectiveFrom,
            unitCostFen,
            packagingFen,
          })),
        }),
        Date.now(),
      ),
    ]);
    if ((results[2]?.meta.changes ?? 0) === 0) throw noSuchProduct();
    return c.body(null, 204);
  });
