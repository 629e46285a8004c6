import {
  type CaptureEnvelope,
  MoneyError,
  parseBeijingDateTime,
  parseYuanToFen,
  type ShopRef,
  TimeError,
} from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { isObject, type Json } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { type PageInfo, ParseError, type ParseContext, type Parser, parserName } from "../types.ts";

/** Risk and login checks first, then the body as JSON (ids kept exact). */
export function readJsonBody(envelope: CaptureEnvelope): unknown {
  assertNotBlocked(envelope.responseBody, envelope.status);
  assertJsonBody(envelope.responseBody);
  return parseJsonLossless(envelope.responseBody);
}

/** The request body as an object, or null (GET requests, form bodies). */
export function readRequestJson(envelope: CaptureEnvelope): Json | null {
  const text = envelope.requestBody?.trim();
  if (!text?.startsWith("{")) return null;
  try {
    const value = parseJsonLossless(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * The shop records belong to. JD payloads that name a vender (orders) must name the session's
 * one; payloads that do not (商智, 京准通) take the session's shop.
 */
export function bindShop(ctx: ParseContext, venderIds: ReadonlySet<string>): ShopRef {
  const session = ctx.shop;
  if (session && session.platform !== "jd")
    throw new ParseError("shop_mismatch", `a JD payload in a ${session.platform} session`);
  if (venderIds.size > 1)
    throw new ParseError("shop_mismatch", `the payload names several venders: ${[...venderIds]}`);
  const [venderId] = [...venderIds];
  if (venderId !== undefined) {
    if (session && session.shopId !== venderId)
      throw new ParseError(
        "shop_mismatch",
        `the payload is vender ${venderId}, the session shop ${session.shopId}`,
      );
    return session ?? { platform: "jd", shopId: venderId, shopName: null };
  }
  if (!session) throw new ParseError("no_shop", "no JD shop in the page session or the payload");
  return session;
}

/** Fields every record carries. */
export function recordBase(parser: Parser, envelope: CaptureEnvelope, shop: ShopRef) {
  return {
    platform: "jd" as const,
    shopId: shop.shopId,
    capturedAt: envelope.capturedAt,
    source: { url: envelope.url, parser: parserName(parser) },
  };
}

/** Yuan (string or number, JD web money per platform-formats.md §4.2) → fen, or a typed error. */
export function yuanToFen(value: unknown, path: string): number {
  try {
    if (typeof value !== "string" && typeof value !== "number") throw new TypeError("not money");
    return parseYuanToFen(value);
  } catch (error) {
    const reason = error instanceof MoneyError ? error.message : "expected a yuan amount";
    throw new ParseError("malformed", `${path}: ${reason}`);
  }
}

/** JD's "yyyy-MM-dd HH:mm:ss" (Beijing); JOS writes "0001-01-01 00:00:00" for empty (§2.6). */
export function optDateTime(value: unknown, path: string): number | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string") throw new ParseError("malformed", `${path}: expected a date-time`);
  if (value.startsWith("0001-01-01")) return null;
  try {
    return parseBeijingDateTime(value);
  } catch (error) {
    throw new ParseError(
      "malformed",
      `${path}: ${error instanceof TimeError ? error.message : ""}`,
    );
  }
}

/** A required time: either reader's value, or a typed error naming the path. */
export function required(value: number | null, path: string): number {
  if (value === null) throw new ParseError("malformed", `${path}: missing`);
  return value;
}

/** Ms epoch as the new order list sends it (§2.1); 0 and null mean "not yet". */
export function optEpochMs(value: unknown, path: string): number | null {
  if (value === null || value === undefined || value === 0 || value === "") return null;
  const n = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 1e12)
    throw new ParseError("malformed", `${path}: expected epoch milliseconds`);
  return n;
}

/** Page position from a request body: `current`/`page`/`pageNo` and `pageSize`/`size`. */
export function requestPage(request: Json | null): { current: number; size: number } | null {
  if (!request) return null;
  const num = (v: unknown) => (typeof v === "number" && Number.isSafeInteger(v) ? v : null);
  const current = num(request.current) ?? num(request.page) ?? num(request.pageNo);
  const size = num(request.pageSize) ?? num(request.size);
  return current !== null && size !== null ? { current, size } : null;
}

export function pageInfo(
  request: Json | null,
  total: number | null,
  rows: number,
): PageInfo | undefined {
  const position = requestPage(request);
  return position ? { ...position, total, rows } : undefined;
}
