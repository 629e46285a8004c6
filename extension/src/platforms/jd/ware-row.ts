import type { Sku, SkuStatus } from "@tongshu/shared";
import { arr, id, int, obj, optStr, str } from "../../lib/read-values.ts";
import { ParseError } from "../types.ts";
import { yuanToFen } from "./common.ts";

export type SkuFields = Omit<Sku, "platform" | "shopId" | "capturedAt" | "source">;

/**
 * JOS `wareStatus` codes [INFERRED: JOS ware docs, platform-formats.md §2.2 names none]:
 * 8 上架 is on sale; 1 从未上架, 2 自主下架, 4 系统下架 and their 审核 variants (513, 514, 516,
 * 520 上架待审核, 1028 审核失败) cannot be bought, so they are off the shelf.
 */
const WARE_STATUS: Readonly<Record<number, SkuStatus>> = {
  8: "onsale",
  1: "offshelf",
  2: "offshelf",
  4: "offshelf",
  513: "offshelf",
  514: "offshelf",
  516: "offshelf",
  520: "offshelf",
  1028: "offshelf",
};

/** Sale attributes as one text: JD sends a string or a list ("白色", ["白色", "大号"]). */
function skuText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(optStr).filter((s): s is string => s !== null);
    return parts.length > 0 ? parts.join(" ") : null;
  }
  return optStr(value);
}

function optStock(value: unknown, path: string): number | null {
  return value === undefined || value === null ? null : int(value, path);
}

/**
 * One ware (商品, the SPU) → its SKU records. A ware without a SKU list becomes one record with
 * SKU id "0" and the ware's 货号 as outer code; stock 0 on sale reads as sold out.
 */
export function readWare(value: unknown, path: string): SkuFields[] {
  const ware = obj(value, path);
  const itemId = id(ware.wareId, `${path}.wareId`);
  const title = str(ware.title ?? ware.wareName, `${path}.title`).trim();
  const code = int(ware.wareStatus, `${path}.wareStatus`);
  const listed = WARE_STATUS[code];
  if (listed === undefined)
    throw new ParseError("malformed", `${path}.wareStatus: unknown ${code}`);
  const status = (stock: number | null): SkuStatus =>
    listed === "onsale" && stock === 0 ? "soldout" : listed;
  if (ware.skus === undefined || ware.skus === null) {
    const stock = optStock(ware.stockNum, `${path}.stockNum`);
    return [
      {
        kind: "sku",
        itemId,
        skuId: "0",
        outerSkuId: optStr(ware.itemNum),
        title,
        skuText: null,
        priceFen: yuanToFen(ware.jdPrice, `${path}.jdPrice`),
        stock,
        status: status(stock),
      },
    ];
  }
  return arr(ware.skus, `${path}.skus`).map((value, i) => {
    const p = `${path}.skus.${i}`;
    const sku = obj(value, p);
    const stock = optStock(sku.stockNum, `${p}.stockNum`);
    return {
      kind: "sku" as const,
      itemId,
      skuId: id(sku.skuId, `${p}.skuId`),
      outerSkuId: optStr(sku.outerId),
      title,
      skuText: skuText(sku.attrValueAlias),
      priceFen: yuanToFen(sku.jdPrice ?? ware.jdPrice, `${p}.jdPrice`),
      stock,
      status: status(stock),
    };
  });
}
