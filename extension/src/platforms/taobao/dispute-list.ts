import { extractEmbeddedJson } from "../../lib/parse-json.ts";
import { assertNotBlocked } from "../../lib/risk-signals.ts";
import { type Parser, parserName } from "../types.ts";
import { readDisputeTree } from "./dispute.ts";
import { DISPUTE_LIST } from "./endpoints.ts";

/** 退款管理 first page: refund2 …/sellerDisputeList.htm embeds `var disputeData = {…};`. */
export const disputeListParser: Parser = {
  endpoint: DISPUTE_LIST,
  version: 1,
  kinds: ["refund"],
  parse(envelope, ctx) {
    assertNotBlocked(envelope.responseBody, envelope.status);
    const tree = extractEmbeddedJson(envelope.responseBody, "disputeData");
    return readDisputeTree(tree, ctx, {
      capturedAt: envelope.capturedAt,
      url: envelope.url,
      parser: parserName(disputeListParser),
    });
  },
};
