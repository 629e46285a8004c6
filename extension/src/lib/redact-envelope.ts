import type { CaptureEnvelope } from "@tongshu/shared";

/**
 * A failing envelope is kept so the user can export it for a bug report; it must not carry
 * buyer data into IndexedDB. Values under personal keys are replaced, and phone numbers,
 * masked values and Taobao's "name，86-phone，address" strings are scrubbed everywhere else.
 */

const REDACTED = "[redacted]";

// Keys whose values identify a buyer or a receiver, whatever else the key says.
const PERSONAL_KEY =
  /(receiver|consignee|buyer|nick|phone|mobile|address|addr|email|idcard|district|street|town|detail_?info)/i;
// Keys that are personal unless they name a product, shop or report thing ("goodsName", "shopName").
const MAYBE_PERSONAL_KEY =
  /(^name$|_name$|fullname|realname|customer|contact|tel$|pin$|userpin|uid$|user_?id)/i;
const NOT_PERSONAL_KEY =
  /(goods|item|sku|shop|mall|product|ware|title|campaign|plan|unit|scene|store|brand|cat|class|column|field|status|type|label|province|city)/i;

const TEXT_PATTERNS: Array<[RegExp, string]> = [
  // Taobao detail "张三，86-13800000000，浙江省 杭州市 西湖区 …，310000"
  [/[^"'<>，,]{1,30}，(?:86-)?1[3-9][\d*]{9}，[^"'<>]*/g, REDACTED],
  [/(?<!\d)(?:86-)?1[3-9]\d{9}(?!\d)/g, REDACTED],
  [/\d{3}\*{4}\d{4}/g, REDACTED],
  [/[\u4e00-\u9fa5]\*{1,3}(?=[^\u4e00-\u9fa5]|$)/g, REDACTED],
  [/\S*\*{2,}\S*/g, REDACTED],
];

function scrubText(text: string): string {
  return TEXT_PATTERNS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

function isPersonalKey(key: string): boolean {
  return PERSONAL_KEY.test(key) || (MAYBE_PERSONAL_KEY.test(key) && !NOT_PERSONAL_KEY.test(key));
}

function redactJson(value: unknown, key = ""): unknown {
  if (typeof value === "string") return isPersonalKey(key) ? REDACTED : scrubText(value);
  if (typeof value === "number") return isPersonalKey(key) ? REDACTED : value;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, key));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        isPersonalKey(k) && typeof v !== "object" ? REDACTED : redactJson(v, k),
      ]),
    );
  }
  return value;
}

// Label/value component trees (Tmall detail `basic.lists`): the label says the value is personal.
const PERSONAL_LABEL_VALUE =
  /("(?:key|title|name|label)"\s*:\s*"(?:收货地址|收货人|收件人|买家昵称|买家|联系电话|联系方式|手机号?|电话|地址|昵称|姓名)"[\s\S]{0,160}?"(?:text|value)"\s*:\s*")((?:\\.|[^"\\])*)"/g;

/** Redacts quoted `"personalKey": "value"` pairs inside non-JSON text (HTML with embedded JSON). */
function redactEmbedded(text: string): string {
  return text.replace(
    /(["'])([A-Za-z_]\w*)\1(\s*:\s*)(["'])((?:\\.|(?!\4).)*)\4/g,
    (whole, q: string, key: string, colon: string, vq: string) =>
      isPersonalKey(key) ? `${q}${key}${q}${colon}${vq}${REDACTED}${vq}` : whole,
  );
}

// "a=1&buyerNick=x": a form body or a query string.
const FORM = /^[^=&\s]+=[^&]*(?:&[^=&\s]+=[^&]*)*$/;

function decodeFormPart(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

/** Redacts a form body or query string pair by pair; values may hold JSON (mtop's `data=`). */
function redactForm(text: string): string {
  return text
    .split("&")
    .map((pair) => {
      const at = pair.indexOf("=");
      if (at < 0) return pair;
      const rawKey = pair.slice(0, at);
      if (isPersonalKey(decodeFormPart(rawKey))) return `${rawKey}=${encodeURIComponent(REDACTED)}`;
      const value = decodeFormPart(pair.slice(at + 1));
      const redacted = redactBody(value);
      return redacted === value ? pair : `${rawKey}=${encodeURIComponent(redacted)}`;
    })
    .join("&");
}

function redactBody(body: string): string {
  const start = body.trimStart()[0];
  if (start === "{" || start === "[") {
    try {
      // Big ids may round here; this copy is for reading by a person, never for parsing into data.
      return JSON.stringify(redactJson(JSON.parse(body))).replace(
        PERSONAL_LABEL_VALUE,
        `$1${REDACTED}"`,
      );
    } catch {
      // Not JSON after all: read it as text below.
    }
  }
  if (!body.includes("<") && FORM.test(body)) return redactForm(body);
  return scrubText(redactEmbedded(body).replace(PERSONAL_LABEL_VALUE, `$1${REDACTED}"`));
}

/** Redacts personal query parameters: a search by buyer nick or phone puts them in the URL. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return scrubText(raw);
  }
  if (url.search.length <= 1) return raw;
  const query = url.search.slice(1);
  const redacted = redactForm(query);
  if (redacted === query) return raw;
  url.search = redacted;
  return url.href;
}

/**
 * Redacts a parser's error message: the readers quote up to 40 characters of the value they
 * refused, and "no parser" messages carry the URL.
 */
export function redactMessage(message: string): string {
  return scrubText(
    message
      .replace(/https?:\/\/[^\s"'<>]+/g, (url) => redactUrl(url))
      .replace(/"(?:\\.|[^"\\])*"/g, `"${REDACTED}"`),
  );
}

export function redactEnvelope(envelope: CaptureEnvelope): CaptureEnvelope {
  return {
    ...envelope,
    url: redactUrl(envelope.url),
    requestBody: envelope.requestBody === null ? null : redactBody(envelope.requestBody),
    responseBody: redactBody(envelope.responseBody),
  };
}
