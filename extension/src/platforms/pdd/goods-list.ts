import type { Sku, SkuStatus } from "@tongshu/shared";
import { arr, id, type Json, obj, optInt, optStr } from "../../lib/read-values.ts";
import { ParseError, type Parser } from "../types.ts";
import { GOODS_LIST } from "./endpoints.ts";
import { baseOf, readPddResult, readRequest, resolveMall } from "./read-envelope.ts";
import { fen } from "./values.ts";

/**
 * 商品列表 `goodsList` (platform-formats.md §3.2, real sample) → one sku record per `sku_list`
 * entry. Goods fields are snake_case, sku_list fields camelCase; prices are fen. The price is
 * `groupPrice` (拼团价, what a buyer normally pays); `normalPrice` is the 单买价 and
 * `activityGroupPrice` a temporary promotion, neither stored. Stock is `skuQuantity`.
 */

function statusOf(goodsOnsale: boolean, skuOnsale: boolean, stock: number | null): SkuStatus {
  if (!goodsOnsale || !skuOnsale) return "offshelf";
  return stock === 0 ? "soldout" : "onsale";
}

function bool(value: unknown, path: string): boolean {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  throw new ParseError("malformed", `${path}: expected a boolean, got ${String(value)}`);
}

function toSkus(goods: Json, path: string, base: ReturnType<typeof baseOf>): Sku[] {
  const itemId = id(goods.id, `${path}.id`);
  const title = optStr(goods.goods_name) ?? "";
  const goodsOnsale = bool(goods.is_onsale, `${path}.is_onsale`);
  const list = arr(goods.sku_list ?? [], `${path}.sku_list`);
  if (list.length === 0) {
    // A goods row without its SKU list: one record under sku "0" with the goods-level figures.
    const stock = optInt(goods.quantity);
    const prices = arr(goods.sku_group_price, `${path}.sku_group_price`);
    return [
      {
        kind: "sku",
        ...base,
        itemId,
        skuId: "0",
        outerSkuId: optStr(goods.out_goods_sn),
        title,
        skuText: null,
        priceFen: fen(prices[0], `${path}.sku_group_price.0`),
        stock,
        status: statusOf(goodsOnsale, true, stock),
      },
    ];
  }
  return list.map((raw, j) => {
    const p = `${path}.sku_list.${j}`;
    const sku = obj(raw, p);
    const stock = optInt(sku.skuQuantity);
    return {
      kind: "sku",
      ...base,
      itemId,
      skuId: id(sku.skuId, `${p}.skuId`),
      outerSkuId: optStr(sku.outSkuSn),
      title,
      skuText: optStr(sku.spec),
      priceFen: fen(sku.groupPrice, `${p}.groupPrice`),
      stock,
      status: statusOf(
        goodsOnsale,
        sku.isOnsale === undefined || bool(sku.isOnsale, `${p}.isOnsale`),
        stock,
      ),
    };
  });
}

export const goodsList: Parser = {
  endpoint: GOODS_LIST,
  version: 1,
  kinds: ["sku"],
  parse(envelope, ctx) {
    const result = readPddResult(envelope);
    const goods = arr(result.goods_list ?? [], "result.goods_list").map((x, i) =>
      obj(x, `result.goods_list.${i}`),
    );
    const shop = resolveMall(
      ctx,
      goods.map((g) => g.mall_id),
    );
    const base = baseOf(envelope, goodsList, shop);
    const records = goods.flatMap((g, i) => toSkus(g, `result.goods_list.${i}`, base));
    const request = readRequest(envelope);
    return {
      records,
      shop,
      // Pages count goods, not SKUs: rows is the goods on this page.
      page: {
        current: optInt(request.page) ?? 1,
        size: optInt(request.size) ?? goods.length,
        total: optInt(result.total),
        rows: goods.length,
      },
    };
  },
};
