import type { Sku, SkuStatus } from "@tongshu/shared";
import { extractEmbeddedJson } from "../../lib/parse-json.ts";
import { arr, id, isObject, obj, optId, optStr, pick } from "../../lib/read-values.ts";
import { assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { ITEM_EDITOR } from "./endpoints.ts";
import { resolveShop } from "./shop.ts";
import { count, fen } from "./values.ts";

/**
 * Item editor (item.publish.taobao.com/sell/publish.htm?itemId=…, item.upload.tmall.com/tmall/
 * publish.htm?id=…): `window.Json = {…}` with `models.formValues` (platform-formats.md §1.2,
 * shoperp). One sku record per `sku[]` entry with its price (yuan float), stock and outer code;
 * an item without variants (empty `sku`) becomes skuId "0" from the item's own price/quantity,
 * matching the item table's item-level record.
 *
 * The editor shows no listing status. A SKU with stock 0 is "soldout"; otherwise "onsale",
 * which is what a seller editing a live item sees; a later table capture (newer capturedAt)
 * corrects an item sitting in the warehouse.
 */

function statusOf(stock: number): SkuStatus {
  return stock === 0 ? "soldout" : "onsale";
}

/** `props[{name:"颜色分类", text:"黑色"}]` → "颜色分类:黑色;…" like the order lists. */
function propsText(props: unknown): string | null {
  if (!Array.isArray(props)) return null;
  const parts = props
    .filter(isObject)
    .map((p) => [optStr(p.name), optStr(p.text ?? p.value)] as const)
    .filter(([, v]) => v !== null)
    .map(([n, v]) => (n ? `${n}:${v}` : String(v)));
  return parts.length > 0 ? parts.join(";") : null;
}

export const itemEditorParser: Parser = {
  endpoint: ITEM_EDITOR,
  version: 1,
  kinds: ["sku"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    const json = obj(extractEmbeddedJson(envelope.responseBody, "window.Json"), "Json");
    const form = obj(pick(json, "models.formValues"), "models.formValues");
    const url = new URL(envelope.url);
    const isTmallHost = url.hostname.endsWith(".tmall.com");
    const shop = resolveShop(ctx, { platform: isTmallHost ? "tmall" : null });
    const itemId = id(
      url.searchParams.get("itemId") ?? url.searchParams.get("id") ?? form.itemId,
      "itemId",
    );
    const title = optStr(form.title);
    if (title === null) throw new ParseError("malformed", "models.formValues.title: missing");
    const base = {
      kind: "sku" as const,
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt: envelope.capturedAt,
      source: { url: envelope.url, parser: parserName(itemEditorParser) },
      itemId,
      title,
    };
    const skus = arr(form.sku ?? [], "models.formValues.sku");
    if (skus.length === 0) {
      const stock = count(form.quantity, "models.formValues.quantity");
      const record: Sku = {
        ...base,
        skuId: "0",
        outerSkuId: optStr(form.outerId),
        skuText: null,
        priceFen: fen(form.price, "models.formValues.price"),
        stock,
        status: statusOf(stock),
      };
      return { records: [record], shop };
    }
    const records: Sku[] = skus.map((value, i) => {
      const path = `models.formValues.sku.${i}`;
      const sku = obj(value, path);
      const stock = count(sku.skuStock, `${path}.skuStock`);
      const skuId = optId(sku.skuId);
      if (skuId === null) throw new ParseError("malformed", `${path}.skuId: missing`);
      return {
        ...base,
        skuId,
        outerSkuId: optStr(sku.skuOuterId),
        skuText: propsText(sku.props),
        priceFen: fen(sku.skuPrice, `${path}.skuPrice`),
        stock,
        status: statusOf(stock),
      };
    });
    return { records, shop };
  },
};
