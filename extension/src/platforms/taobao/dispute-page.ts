import { parseJsonLossless } from "../../lib/parse-json.ts";
import { obj, optStr } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type Parser, parserName } from "../types.ts";
import { readDisputeTree } from "./dispute.ts";
import { DISPUTE_PAGE } from "./endpoints.ts";

/** 退款管理 next pages: POST refund2 …/adjustSellerList.json → `{success, resultData:{…tree}}`. */
export const disputePageParser: Parser = {
  endpoint: DISPUTE_PAGE,
  version: 1,
  kinds: ["refund"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    assertJsonBody(envelope.responseBody);
    const json = obj(parseJsonLossless(envelope.responseBody), "$");
    if (json.success !== true)
      throw new ParseError(
        "api_error",
        `adjustSellerList: ${optStr(json.message) ?? "success is not true"}`,
      );
    return readDisputeTree(json.resultData, ctx, {
      capturedAt: envelope.capturedAt,
      url: envelope.url,
      parser: parserName(disputePageParser),
    });
  },
};
