import {
  ImportCostsRequestSchema,
  type ImportCostsResponse,
  ImportProductsRequestSchema,
  type ImportProductsResponse,
  type Product,
  VIRTUAL_PRODUCT_PREFIX,
} from "@tongshu/shared";
import type { Context } from "hono";
import { auditStatement } from "../../db/audit-log.ts";
import { listProductCosts, setProductCostStatement } from "../../db/product-costs.ts";
import {
  getProducts,
  insertProductStatement,
  type NewProduct,
  takenOuterCodes,
} from "../../db/products.ts";
import type { AppEnv } from "../../env.ts";
import { randomId } from "../../lib/crypto.ts";
import { ApiError } from "../../lib/errors.ts";
import { readJson } from "../../lib/read-json.ts";
import { memberAudit } from "./access.ts";
import { resolveProduct } from "./resolve-product.ts";

/** A thousand rows of a spreadsheet, with room to spare. */
const IMPORT_BODY_LIMIT = 256 * 1024;

const codesTaken = (outerCodes: string[]) =>
  new ApiError("conflict", "Some outer codes already belong to products.", 409, { outerCodes });

/** POST /api/v1/settings/products/import (owner/admin): many products in one transaction. */
export async function importProducts(c: Context<AppEnv>) {
  const auth = c.get("auth");
  const ws = auth.workspace.id;
  const db = c.env.DB;
  const input = await readJson(c, ImportProductsRequestSchema, IMPORT_BODY_LIMIT);
  const codes = input.products.flatMap((p) => (p.outerCode === undefined ? [] : [p.outerCode]));
  const taken = await takenOuterCodes(db, ws, codes);
  if (taken.length > 0) throw codesTaken(taken.slice(0, 50));
  const rows: NewProduct[] = input.products.map((p) => ({
    id: randomId("pd"),
    name: p.name,
    outerCode: p.outerCode ?? null,
    leadTimeDays: p.leadTimeDays ?? null,
    safetyStockDays: p.safetyStockDays ?? null,
  }));
  const now = Date.now();
  try {
    await db.batch([
      ...rows.map((row) => insertProductStatement(db, ws, row, now, "fail")),
      auditStatement(
        db,
        ws,
        memberAudit(auth, "product.import", "products", { products: rows }),
        now,
      ),
    ]);
  } catch (error) {
    // A code taken between the check and the batch: the batch rolled back as a whole.
    if (/UNIQUE constraint/i.test(String(error))) throw codesTaken([]);
    throw error;
  }
  const made = new Map(
    (
      await getProducts(
        db,
        ws,
        rows.map((r) => r.id),
      )
    ).map((p) => [p.id, p]),
  );
  const body: ImportProductsResponse = {
    products: rows.flatMap((r) => made.get(r.id) ?? []),
  };
  return c.json(body, 201);
}

/** The product rows the import names: real ids in one query, virtual ones made rows first. */
async function resolveAll(c: Context<AppEnv>, ids: string[]): Promise<Map<string, Product>> {
  const db = c.env.DB;
  const auth = c.get("auth");
  const real = ids.filter((id) => !id.startsWith(VIRTUAL_PRODUCT_PREFIX));
  const found = new Map((await getProducts(db, auth.workspace.id, real)).map((p) => [p.id, p]));
  const missing = real.filter((id) => !found.has(id));
  if (missing.length > 0)
    throw new ApiError("not_found", "No such product in this workspace.", 404, {
      productIds: missing.slice(0, 50),
    });
  for (const id of ids)
    if (id.startsWith(VIRTUAL_PRODUCT_PREFIX)) found.set(id, await resolveProduct(db, auth, id));
  return found;
}

/** POST /api/v1/settings/costs/import (owner/admin): many dated costs in one transaction. */
export async function importCosts(c: Context<AppEnv>) {
  const auth = c.get("auth");
  const ws = auth.workspace.id;
  const db = c.env.DB;
  const input = await readJson(c, ImportCostsRequestSchema, IMPORT_BODY_LIMIT);
  const products = await resolveAll(c, [...new Set(input.costs.map((r) => r.productId))]);
  const costs = input.costs.map((r) => ({
    productId: products.get(r.productId)?.id ?? r.productId,
    effectiveFrom: r.effectiveFrom,
    unitCostFen: r.unitCostFen,
    packagingFen: r.packagingFen,
  }));
  const keyOf = (r: { productId: string; effectiveFrom: string }) =>
    `${r.productId}\u0000${r.effectiveFrom}`;
  if (new Set(costs.map(keyOf)).size !== costs.length)
    throw new ApiError("validation_failed", "Two rows name the same product and date.", 422, {
      issues: [{ path: "costs", message: "a product has two costs from the same date" }],
    });
  const before = new Map((await listProductCosts(db, ws, null)).map((r) => [keyOf(r), r]));
  const now = Date.now();
  const audited = costs.map((r) => {
    const old = before.get(keyOf(r));
    return {
      ...r,
      before: old ? { unitCostFen: old.unitCostFen, packagingFen: old.packagingFen } : null,
    };
  });
  await db.batch([
    ...costs.map((r) => setProductCostStatement(db, ws, r, auth.member.id, now)),
    auditStatement(
      db,
      ws,
      memberAudit(auth, "product_cost.import", "products", { costs: audited }),
      now,
    ),
  ]);
  const body: ImportCostsResponse = {
    costs: costs.map((r) => ({ ...r, createdAt: now, createdBy: auth.member.id })),
  };
  return c.json(body);
}
