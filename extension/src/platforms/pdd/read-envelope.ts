import type { CaptureEnvelope, ShopRef, Source } from "@tongshu/shared";
import { parseJsonLossless } from "../../lib/parse-json.ts";
import { isObject, type Json, optId } from "../../lib/read-values.ts";
import { assertJsonBody, assertNotBlocked } from "../../lib/risk-signals.ts";
import { ParseError, type ParseContext, type Parser, parserName } from "../types.ts";

/** errorCode of every successful mms / yingxiao answer (§3.0). */
export const PDD_OK = 1_000_000;

// Session errors: 43001 is the code risk-signals.ts already knows; the messages are what the
// mms pages show when PASS_ID has expired [INFERRED wording, §3.0 names the cookie only].
const LOGIN_MESSAGE = /登录|会话|session|PASS_ID|未授权/i;
const LOGIN_CODES = new Set([43001, 43002, 40001]);
// anti-content / crawlerInfo rejected, or throttled (§3.0): the page's risk SDK token failed.
const RISK_MESSAGE = /anti[-_ ]?content|crawler|风控|安全验证|频繁|异常请求|请稍后/i;
const RISK_CODES = new Set([54001, 54002]);

/**
 * Reads a Pinduoduo JSON answer and returns its `result`. Blocked pages, HTML, and any envelope
 * other than `success: true, errorCode: 1000000` are typed errors: nothing is stored from them.
 */
export function readPddResult(envelope: CaptureEnvelope): Json {
  assertNotBlocked(envelope.responseBody, envelope.status);
  assertJsonBody(envelope.responseBody);
  const body = parseJsonLossless(envelope.responseBody);
  if (!isObject(body)) throw new ParseError("malformed", "body: expected a JSON object");
  const code = body.errorCode ?? body.error_code;
  const message = String(body.errorMsg ?? body.error_msg ?? "");
  if (body.success !== true || code !== PDD_OK) {
    const shown = `errorCode ${String(code)}: ${message.slice(0, 120)}`;
    if (typeof code === "number" && LOGIN_CODES.has(code))
      throw new ParseError("login_required", shown);
    if (LOGIN_MESSAGE.test(message)) throw new ParseError("login_required", shown);
    if ((typeof code === "number" && RISK_CODES.has(code)) || RISK_MESSAGE.test(message))
      throw new ParseError("risk_control", shown);
    throw new ParseError("api_error", shown);
  }
  if (!isObject(body.result)) throw new ParseError("malformed", "result: expected an object");
  return body.result;
}

/** The page's own request body (the query it asked for); {} when absent or not JSON. */
export function readRequest(envelope: CaptureEnvelope): Json {
  if (!envelope.requestBody) return {};
  try {
    const parsed = parseJsonLossless(envelope.requestBody);
    return isObject(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The mall the records belong to: the payload's own mall id(s) when it names any, else the
 * session's shop. A payload naming another mall than the session, or two malls, is refused.
 */
export function resolveMall(ctx: ParseContext, payloadIds: readonly unknown[]): ShopRef {
  const session = ctx.shop;
  if (session && session.platform !== "pdd")
    throw new ParseError("shop_mismatch", `a Pinduoduo payload in a ${session.platform} session`);
  const named = [...new Set(payloadIds.map(optId).filter((v): v is string => v !== null))];
  if (named.length > 1)
    throw new ParseError("shop_mismatch", `payload names malls ${named.join(", ")}`);
  const [mallId] = named;
  if (mallId === undefined) {
    if (!session) throw new ParseError("no_shop", "no mall id in the payload or the page session");
    return session;
  }
  if (session && session.shopId !== mallId)
    throw new ParseError(
      "shop_mismatch",
      `payload mall ${mallId} is not session mall ${session.shopId}`,
    );
  return { platform: "pdd", shopId: mallId, shopName: session?.shopName ?? null };
}

export function sourceOf(envelope: CaptureEnvelope, parser: Parser): Source {
  return { url: envelope.url, parser: parserName(parser) };
}

/** Record fields every Pinduoduo record shares. */
export function baseOf(envelope: CaptureEnvelope, parser: Parser, shop: ShopRef) {
  return {
    platform: "pdd" as const,
    shopId: shop.shopId,
    capturedAt: envelope.capturedAt,
    source: sourceOf(envelope, parser),
  };
}
