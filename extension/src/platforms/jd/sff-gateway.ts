import type { CaptureEnvelope } from "@tongshu/shared";
import { ParseError, type ParseContext, type ParseOutput, type Parser } from "../types.ts";
import { readJsonBody, readRequestJson, recordBase } from "./common.ts";
import { SFF_APIS, SFF_GATEWAY } from "./endpoints.ts";
import { readSffData, type SffReader, sffRequestData } from "./sff-envelope.ts";
import { readSffOrders } from "./sff-orders.ts";
import { readSffWares } from "./sff-wares.ts";

const READERS: ReadonlyMap<string, SffReader> = new Map([
  ...SFF_APIS.orders.map((api) => [api, readSffOrders] as const),
  ...SFF_APIS.wares.map((api) => [api, readSffWares] as const),
]);

/**
 * The sff gateway (platform-formats.md §2.0) serves every new back-office call on one path,
 * `POST sff.jd.com/api?v=1.0&appId=…&api=<service.method>`; the registry matches host + path,
 * so this one parser picks the reader by the `api` parameter. Its version covers every reader.
 */
export const jdSffGateway: Parser = {
  endpoint: SFF_GATEWAY,
  version: 1,
  kinds: ["order", "sku"],
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput {
    const api = new URL(envelope.url).searchParams.get("api") ?? "";
    const reader = READERS.get(api);
    if (!reader)
      throw new ParseError("no_parser", `sff api ${api.slice(0, 120) || "(none)"} is not read`);
    const data = readSffData(readJsonBody(envelope));
    return reader({
      data,
      request: sffRequestData(readRequestJson(envelope)),
      ctx,
      base: (shop) => recordBase(jdSffGateway, envelope, shop),
    });
  },
};
