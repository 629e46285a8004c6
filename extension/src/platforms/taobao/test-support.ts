import { readFileSync } from "node:fs";
import type { CanonicalRecord, CaptureEnvelope, RecordOfKind, ShopRef } from "@tongshu/shared";
import { createBuyerKeyer } from "../../lib/buyer-key.ts";
import { parseEnvelope } from "../parse-envelope.ts";
import type { ParseResult } from "../types.ts";

/** Test helpers (not a parser): build an envelope and run it through the real registry. */
export const TB_SHOP: ShopRef = {
  platform: "taobao",
  shopId: "2212978279481",
  shopName: "禾屿家居生活馆",
};
export const TM_SHOP: ShopRef = { platform: "tmall", shopId: "2219735536", shopName: "禾屿旗舰店" };
export const CAPTURED_AT = Date.UTC(2026, 10, 20, 2, 0, 0);
export const SECRET = "taobao-test-secret";
export const keyOf = createBuyerKeyer(SECRET);

export function run(
  url: string,
  body: string,
  options: { shop?: ShopRef | null; requestBody?: string | null; status?: number } = {},
): ParseResult {
  const envelope: CaptureEnvelope = {
    url,
    method: "GET",
    requestBody: options.requestBody ?? null,
    status: options.status ?? 200,
    responseBody: body,
    capturedAt: CAPTURED_AT,
    shop: options.shop === undefined ? TB_SHOP : options.shop,
  };
  return parseEnvelope(envelope, { shop: envelope.shop, buyerKey: keyOf });
}

/** The records of a successful parse, narrowed to one kind; throws with the error otherwise. */
export function records<K extends CanonicalRecord["kind"]>(
  result: ParseResult,
  kind: K,
): Array<RecordOfKind<K>> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.records.filter((r): r is RecordOfKind<K> => r.kind === kind);
}

export function errorCode(result: ParseResult): string | null {
  return result.ok ? null : result.error.code;
}

/** Beijing wall-clock → epoch ms, written out so tests do not reuse the code under test. */
export function bj(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h - 8, mi, s);
}

/** One of this folder's fixture bodies (our own files, never the research samples). */
export function fixtureBody(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
}
