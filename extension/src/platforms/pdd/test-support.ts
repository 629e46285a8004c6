import type { CaptureEnvelope, ShopRef } from "@tongshu/shared";
import { FIXTURE_SECRET } from "../../cli/replay.ts";
import { createBuyerKeyer } from "../../lib/buyer-key.ts";
import { parseEnvelope } from "../parse-envelope.ts";
import type { ParseResult } from "../types.ts";

/** Test-only helpers: build an envelope around an inline payload and run it like the extension. */

export const FLAGSHIP: ShopRef = {
  platform: "pdd",
  shopId: "879846125",
  shopName: "禾屿官方旗舰店",
};
export const SNACK: ShopRef = { platform: "pdd", shopId: "573531501", shopName: "禾屿小食铺" };
/** 2026-11-20 14:00 Beijing. */
export const CAPTURED_AT = Date.UTC(2026, 10, 20, 6);

/** Unix seconds of a Beijing wall-clock time "YYYY-MM-DD HH:mm:ss". */
export function bj(text: string): number {
  return Date.parse(`${text.replace(" ", "T")}+08:00`) / 1000;
}

export function ok(result: unknown): string {
  return JSON.stringify({ success: true, errorCode: 1000000, errorMsg: null, result });
}

export interface RunOptions {
  request?: unknown;
  shop?: ShopRef | null;
  status?: number;
  capturedAt?: number;
  secret?: string | null;
}

export function envelopeOf(url: string, body: string, options: RunOptions = {}): CaptureEnvelope {
  return {
    url,
    method: "POST",
    requestBody: options.request === undefined ? null : JSON.stringify(options.request),
    status: options.status ?? 200,
    responseBody: body,
    capturedAt: options.capturedAt ?? CAPTURED_AT,
    shop: options.shop === undefined ? FLAGSHIP : options.shop,
  };
}

export function run(url: string, body: string, options: RunOptions = {}): ParseResult {
  const envelope = envelopeOf(url, body, options);
  const secret = options.secret === undefined ? FIXTURE_SECRET : options.secret;
  return parseEnvelope(envelope, { shop: envelope.shop, buyerKey: createBuyerKeyer(secret) });
}

/** The records of a successful run; fails the test with the error otherwise. */
export function records(result: ParseResult) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.records;
}

export function errorCode(result: ParseResult): string | null {
  return result.ok ? null : result.error.code;
}
