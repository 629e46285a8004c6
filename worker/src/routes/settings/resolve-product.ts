import { type Product, VIRTUAL_PRODUCT_PREFIX } from "@tongshu/shared";
import { auditIfChangedStatement } from "../../db/audit-log.ts";
import { titlesOfVirtualProduct } from "../../db/product-catalogue.ts";
import { getProduct, getProductByOuterCode, insertProductStatement } from "../../db/products.ts";
import { randomId } from "../../lib/crypto.ts";
import { ApiError } from "../../lib/errors.ts";
import type { MemberAuth } from "../../middleware/session.ts";
import { bestTitle } from "../../settings/group-products.ts";
import { memberAudit } from "./access.ts";

export const noSuchProduct = () => new ApiError("not_found", "No such product in this workspace.");

/**
 * The product row an id names: a row's own id, or "outer:<code>" for the row holding that code.
 * Null when there is none (a virtual product without a row yet, or an unknown id).
 */
export async function findProduct(
  db: D1Database,
  workspaceId: string,
  id: string,
): Promise<Product | null> {
  return id.startsWith(VIRTUAL_PRODUCT_PREFIX)
    ? getProductByOuterCode(db, workspaceId, id.slice(VIRTUAL_PRODUCT_PREFIX.length))
    : getProduct(db, workspaceId, id);
}

/**
 * Like findProduct, but a virtual product the reports show ("outer:<code>" grouping SKUs of the
 * workspace) first becomes a row, named after its most common title and audited, so its id
 * stays stable for links and costs. 404 for ids that name nothing.
 */
export async function resolveProduct(
  db: D1Database,
  auth: MemberAuth,
  id: string,
): Promise<Product> {
  const ws = auth.workspace.id;
  const found = await findProduct(db, ws, id);
  if (found) return found;
  if (!id.startsWith(VIRTUAL_PRODUCT_PREFIX)) throw noSuchProduct();
  const code = id.slice(VIRTUAL_PRODUCT_PREFIX.length);
  const titles = await titlesOfVirtualProduct(db, ws, id);
  if (titles.length === 0) throw noSuchProduct();
  const product = {
    id: randomId("pd"),
    name: (bestTitle(titles.map((title) => ({ title }))) ?? code).slice(0, 100),
    outerCode: code,
  };
  const now = Date.now();
  await db.batch([
    insertProductStatement(db, ws, product, now),
    auditIfChangedStatement(
      db,
      ws,
      memberAudit(auth, "product.create", `product:${product.id}`, {
        name: product.name,
        outerCode: code,
        from: id,
      }),
      now,
    ),
  ]);
  // A concurrent request may have made the row first: either way it now exists.
  const made = await getProductByOuterCode(db, ws, code);
  if (!made) throw noSuchProduct();
  return made;
}
