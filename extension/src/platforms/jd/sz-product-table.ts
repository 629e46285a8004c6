import type { CaptureEnvelope } from "@tongshu/shared";
import { arr, id, obj, optStr } from "../../lib/read-values.ts";
import type { ParseContext, ParseOutput, Parser } from "../types.ts";
import { bindShop, readJsonBody, readRequestJson, recordBase } from "./common.ts";
import { SZ_PRODUCT_TABLE } from "./endpoints.ts";
import { readFigures, readPeriod, readSzData } from "./sz-gateway.ts";

/**
 * 商智 商品明细 (platform-formats.md §2.3, `productDetail/table/productTable.ajax`): one item-level
 * traffic record per SPU row. The first row carries `$summary:true` and is the shop total: it is
 * skipped, since item rows and the shop overview are the sources of truth and distinct counts
 * never add up. Rows are read as `{spuId, …indicator codes}` [INFERRED].
 *
 * `proType:"sku"` tables give one row per SKU: a traffic record is per item, and SKU visitors
 * cannot be added into item visitors, so those tables yield no records.
 */
export const jdSzProductTable: Parser = {
  endpoint: SZ_PRODUCT_TABLE,
  version: 1,
  kinds: ["traffic"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const rows = arr(readSzData(readJsonBody(envelope)), "body.data");
    const request = readRequestJson(envelope);
    const period = readPeriod(request);
    const shop = bindShop(ctx, new Set());
    if (optStr(request?.proType) === "sku") return { records: [], shop };
    const base = recordBase(jdSzProductTable, envelope, shop);
    const records = rows.flatMap((value, i) => {
      const path = `body.data.${i}`;
      const row = obj(value, path);
      if (row.$summary === true) return [];
      return [
        {
          ...base,
          kind: "traffic" as const,
          ...period,
          itemId: id(row.spuId, `${path}.spuId`),
          ...readFigures(row, path),
        },
      ];
    });
    return { records, shop };
  },
};
