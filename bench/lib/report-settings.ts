import { addDays } from "@tongshu/shared";
import type Database from "better-sqlite3";
import type { DemoWorkspace } from "../../worker/src/demo/index.ts";

/**
 * The seller settings the reports read, derived from the demo workspace: a product row for most
 * outer codes (every eighth stays a virtual "outer:" product, as for a seller who never named
 * it), dated costs with packaging, manual links for the SKUs without an outer code, fee rates per
 * platform, report defaults and monthly other costs.
 */
export function insertReportSettings(
  db: Database.Database,
  demo: DemoWorkspace,
  workspaceId: string,
  ownerId: string,
): { products: number; costs: number } {
  const now = demo.now;
  const productOf = new Map<string, string>();
  const addProduct = db.prepare(
    `INSERT INTO products (workspace_id, product_id, name, outer_code, created_at, lead_time_days,
       safety_stock_days) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  let index = 0;
  for (const product of demo.products)
    for (const sku of product.skus) {
      index++;
      if (index % 8 === 0 || productOf.has(sku.outerSkuId)) continue;
      const id = `p${String(index).padStart(4, "0")}`;
      productOf.set(sku.outerSkuId, id);
      const lead = index % 3 === 0 ? null : 7 + (index % 4) * 5;
      const safety = index % 5 === 0 ? null : 3 + (index % 3) * 2;
      addProduct.run(
        workspaceId,
        id,
        `${product.name} ${sku.skuText}`,
        sku.outerSkuId,
        now,
        lead,
        safety,
      );
    }

  const addCost = db.prepare(
    `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen,
       packaging_fen, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  let costs = 0;
  for (const cost of demo.costs) {
    const productId = productOf.get(cost.outerSkuId);
    if (!productId) continue;
    addCost.run(
      workspaceId,
      productId,
      cost.effectiveFrom,
      cost.unitCostFen,
      50 + (costs % 4) * 30,
      now,
      ownerId,
    );
    costs++;
  }

  // A manual link for each SKU the seller left without an outer code.
  const linked = [...productOf.values()];
  const addLink = db.prepare(
    `INSERT INTO product_links (workspace_id, platform, shop_id, item_id, sku_id, product_id,
       created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  demo.dataQuality.missingOuterCode.forEach((m, i) => {
    const productId = linked[(i * 37) % linked.length];
    if (productId)
      addLink.run(workspaceId, m.platform, m.shopId, m.itemId, m.skuId, productId, now, ownerId);
  });

  const addFees = db.prepare(
    `INSERT INTO platform_settings (workspace_id, platform, commission_bp, shipping_fen_per_order,
       updated_at, service_fee_bp) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  for (const [platform, commission, shipping, service] of [
    ["taobao", 0, 450, 60],
    ["tmall", 500, 450, 60],
    ["jd", 800, 600, 100],
    ["pdd", 60, 380, 0],
  ] as const)
    addFees.run(workspaceId, platform, commission, shipping, now, service);

  db.prepare(
    "INSERT INTO report_settings (workspace_id, updated_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
  ).run(workspaceId, now);

  // Rent for the workspace and wages per shop, booked on the 1st of each month.
  const addOther = db.prepare(
    `INSERT INTO other_costs (workspace_id, id, date, platform, shop_id, category, amount_fen,
       created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  for (let date = demo.range.from; date <= demo.range.to; date = addDays(date, 1)) {
    if (!date.endsWith("-01")) continue;
    addOther.run(workspaceId, `oc${n++}`, date, null, null, "rent", 800_000, now, ownerId);
    for (const shop of demo.shops)
      addOther.run(
        workspaceId,
        `oc${n++}`,
        date,
        shop.platform,
        shop.shopId,
        "wages",
        600_000,
        now,
        ownerId,
      );
  }
  return { products: productOf.size, costs };
}
