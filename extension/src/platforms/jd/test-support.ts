import type { CaptureEnvelope, ShopRef } from "@tongshu/shared";
import { FIXTURE_SECRET } from "../../cli/replay.ts";
import { createBuyerKeyer } from "../../lib/buyer-key.ts";
import { parseEnvelope } from "../parse-envelope.ts";
import type { ParseResult } from "../types.ts";

/** Test-only helpers: inline envelopes for the JD demo shop, parsed as the extension does. */
export const SHOP: ShopRef = { platform: "jd", shopId: "11258196", shopName: "禾屿家居京东旗舰店" };
export const CAPTURED_AT = 1763700000000;
export const SFF = "https://sff.jd.com/api?v=1.0&appId=COCX0HBWR4BA7RDVDBIQ&api=";

export function envelope(
  url: string,
  body: unknown,
  request: unknown = null,
  shop: ShopRef | null = SHOP,
): CaptureEnvelope {
  return {
    url,
    method: request === null ? "GET" : "POST",
    requestBody: request === null ? null : JSON.stringify(request),
    status: 200,
    responseBody: typeof body === "string" ? body : JSON.stringify(body),
    capturedAt: CAPTURED_AT,
    shop,
  };
}

export function parse(env: CaptureEnvelope): ParseResult {
  return parseEnvelope(env, { shop: env.shop, buyerKey: createBuyerKeyer(FIXTURE_SECRET) });
}

/** The records of a result that must have succeeded. */
export function recordsOf(result: ParseResult) {
  if (!result.ok)
    throw new Error(`expected records, got ${result.error.code}: ${result.error.message}`);
  return result.records;
}

export function errorOf(result: ParseResult) {
  if (result.ok) throw new Error(`expected an error, got ${result.records.length} records`);
  return result.error;
}

export const buyerKey = (pin: string) => createBuyerKeyer(FIXTURE_SECRET)("jd", pin);
