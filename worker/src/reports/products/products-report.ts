import {
  type ProductsOptions,
  ProductsOptionsSchema,
  type ProductsReport,
  ratio,
} from "@tongshu/shared";
import { ApiError } from "../../lib/errors.ts";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { salesStatement, toSalesRows } from "../sales/sales-query.ts";
import { buildProducts, rankProducts } from "./build-products.ts";
import { productsCsv } from "./products-csv.ts";
import { skuSalesStatement, toSkuSales } from "./products-query.ts";

async function runProducts(
  db: D1Database,
  filter: ReportFilter,
  options: ProductsOptions,
): Promise<ProductsReport> {
  // Ordering by margin would reveal how margins compare, so it needs the right to see costs.
  if (options.sort === "margin" && !filter.canSeeCosts)
    throw new ApiError("forbidden", "Sorting by margin needs the right to see costs.", 403);
  const [current, previous, total] = await db.batch([
    skuSalesStatement(db, filter, filter.range, filter.canSeeCosts),
    skuSalesStatement(db, filter, filter.previous, false),
    salesStatement(db, filter, filter.range, "total"),
  ]);
  const skus = toSkuSales(current as D1Result);
  const products = buildProducts(skus, toSkuSales(previous as D1Result), filter.canSeeCosts);
  const whole = toSalesRows(total as D1Result)[0];
  const paidFen = whole?.paidFen ?? 0;
  const refundFen = whole?.refundFen ?? 0;
  const productsPaidFen = skus.reduce((s, r) => s + r.paidFen, 0);
  return {
    meta: reportMeta(filter),
    sort: options.sort,
    costsVisible: filter.canSeeCosts,
    productCount: products.length,
    // From the shop-day rollup, like the overview: order paid amounts include postage, which
    // belongs to no product line.
    totals: {
      units: whole?.units ?? 0,
      paidFen,
      refundFen,
      netSalesFen: paidFen - refundFen,
      refundRate: ratio(refundFen, paidFen),
      productsPaidFen,
      otherPaidFen: paidFen - productsPaidFen,
    },
    products: rankProducts(products, options.sort).slice(0, options.limit),
  };
}

/**
 * 商品分析: cross-platform products (SKUs merged by outer code and manual links) ranked by
 * sales, units, refunds or margin, with ABC classes, platform split, SKUs and 环比.
 */
export const productsReport: ReportDefinition<ProductsReport, ProductsOptions> = {
  options: ProductsOptionsSchema,
  run: runProducts,
  csv: productsCsv,
};
