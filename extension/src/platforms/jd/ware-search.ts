import type { CaptureEnvelope } from "@tongshu/shared";
import { arr, obj, optInt } from "../../lib/read-values.ts";
import { ParseError, type ParseContext, type ParseOutput, type Parser } from "../types.ts";
import { bindShop, pageInfo, readJsonBody, readRequestJson, recordBase } from "./common.ts";
import { WARE_SEARCH } from "./endpoints.ts";
import { readWare } from "./ware-row.ts";

/**
 * Old ware list, `POST ware.shop.jd.com/rest/ware/list/search` (platform-formats.md §2.2):
 * `data.{totalItem, data:[{ware:{…}}]}`, each row wrapping the ware. A body without `data` but
 * with a message is the service's own error.
 */
export const jdWareSearch: Parser = {
  endpoint: WARE_SEARCH,
  version: 1,
  kinds: ["sku"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const body = obj(readJsonBody(envelope), "body");
    if (body.data === undefined || body.data === null) {
      const message =
        typeof body.message === "string" ? body.message : JSON.stringify(body).slice(0, 120);
      throw new ParseError("api_error", `ware search: ${message}`);
    }
    const page = obj(body.data, "data");
    const rows = arr(page.data, "data.data");
    const shop = bindShop(ctx, new Set());
    const fields = recordBase(jdWareSearch, envelope, shop);
    const records = rows.flatMap((row, i) =>
      readWare(obj(row, `data.data.${i}`).ware, `data.data.${i}.ware`).map((s) => ({
        ...fields,
        ...s,
      })),
    );
    const info = pageInfo(readRequestJson(envelope), optInt(page.totalItem), rows.length);
    return { records, shop, ...(info ? { page: info } : {}) };
  },
};
