import type { CaptureEnvelope } from "@tongshu/shared";
import { obj } from "../../lib/read-values.ts";
import type { ParseContext, ParseOutput, Parser } from "../types.ts";
import { bindShop, readJsonBody, readRequestJson, recordBase } from "./common.ts";
import { SZ_TRADE_SUMMARY } from "./endpoints.ts";
import { readFigures, readPeriod, readSzData } from "./sz-gateway.ts";

/**
 * 商智 交易概览 (platform-formats.md §2.3, `POST szgateway.jd.com/api/lowcode/tradeSummary/summary/
 * getSummary.ajax`): one shop-level traffic record for the requested period. `body.data` is read
 * as an object keyed by indicator code, `##compare` companions ignored [INFERRED].
 */
export const jdSzTradeSummary: Parser = {
  endpoint: SZ_TRADE_SUMMARY,
  version: 1,
  kinds: ["traffic"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const data = obj(readSzData(readJsonBody(envelope)), "body.data");
    const period = readPeriod(readRequestJson(envelope));
    const shop = bindShop(ctx, new Set());
    const record = {
      ...recordBase(jdSzTradeSummary, envelope, shop),
      kind: "traffic" as const,
      ...period,
      itemId: null,
      ...readFigures(data, "body.data"),
    };
    return { records: [record], shop };
  },
};
