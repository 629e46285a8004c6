import type {
  CanonicalRecord,
  CaptureEnvelope,
  Platform,
  RecordKind,
  ShopRef,
} from "@tongshu/shared";

/** Why a capture produced no records. Every parser failure is one of these, never a crash. */
export type ParseErrorCode =
  /** Slider / captcha / throttling page (rgv587_flag, x5sec, SYS_REQUEST_TOO_FAST, 操作过于频繁). */
  | "risk_control"
  /** A login page or an expired session instead of data. */
  | "login_required"
  /** HTML or other text where the endpoint sends JSON. */
  | "not_json"
  /** The platform's own error envelope (success:false, hasError, a non-OK code). */
  | "api_error"
  /** Accepted-but-empty answers that mean a wrong query, not "no data" (sycm code:0 + empty list). */
  | "suspicious_empty"
  /** JSON whose shape is not what this parser reads (a page change: export it for a bug report). */
  | "malformed"
  /** The payload names another shop than the page session. */
  | "shop_mismatch"
  /** No shop could be learned from the page session or the payload. */
  | "no_shop"
  /** A record the parser built fails the shared schema (a parser bug). */
  | "invalid_record"
  /** No parser reads this URL. */
  | "no_parser";

/** The one error type parsers throw; the registry turns it into a result. */
export class ParseError extends Error {
  override readonly name = "ParseError";
  constructor(
    readonly code: ParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What a parser gets besides the envelope: the session's shop and the buyer-key function. */
export interface ParseContext {
  /** The shop the page session shows (null when unknown). A payload's own shop id wins. */
  shop: ShopRef | null;
  /**
   * HMAC-SHA-256 of platform + buyer id under the workspace secret (hex). The only way a buyer
   * id may leave a parser; null when the extension is not paired yet (no team secret).
   */
  buyerKey(platform: Platform, buyerId: string): string | null;
}

/** A paged list states its position; a page is complete only when its rows match the total. */
export interface PageInfo {
  current: number;
  size: number;
  total: number | null;
  rows: number;
}

export interface ParseOutput {
  records: CanonicalRecord[];
  page?: PageInfo;
  /** The shop the records were attributed to (payload's own id, else the session's). */
  shop?: ShopRef;
}

export type ParseResult =
  | ({ ok: true; parser: string } & ParseOutput)
  | { ok: false; parser: string | null; error: { code: ParseErrorCode; message: string } };

/** Where an endpoint lives: exact hosts and a path (string = exact path, RegExp = pattern). */
export interface Endpoint {
  /** "platform/name", the parser id without version. */
  id: string;
  hosts: readonly string[];
  path: string | RegExp;
  /** json: a fetch/XHR response; html: the page document itself (embedded JSON). */
  body: "json" | "html";
}

/** One parser: a pure function from what the page received to canonical records. */
export interface Parser {
  endpoint: Endpoint;
  /** Bumped whenever output for the same input changes; recorded in every record's source. */
  version: number;
  kinds: readonly RecordKind[];
  /** Throws ParseError; returns records that the registry validates against the schema. */
  parse(envelope: CaptureEnvelope, ctx: ParseContext): ParseOutput;
}

/** "taobao/sold-orders@1": the value for `source.parser`. */
export function parserName(parser: Parser): string {
  return `${parser.endpoint.id}@${parser.version}`;
}
