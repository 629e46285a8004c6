import { ParseError } from "../platforms/types.ts";

// Signals of anti-crawl and login pages, from platform-formats.md §1.0, §2.0, §3.0.
const RISK_PATTERNS: RegExp[] = [
  /rgv587_flag/,
  /_____tmd_____/,
  /\bx5sec\b/,
  /SYS_REQUEST_TOO_FAST/,
  /FAIL_SYS_USER_VALIDATE/,
  /punish\?/,
  /滑块|验证码|操作过于频繁|交通拥堵|访问过于频繁|请稍后再试/,
];

const LOGIN_PATTERNS: RegExp[] = [
  /login\.taobao\.com|login\.tmall\.com|passport\.shop\.jd\.com|passport\.jd\.com\/new\/login|mms\.pinduoduo\.com\/login/,
  /FAIL_SYS_SESSION_EXPIRED|FAIL_SYS_TOKEN_(EMPTY|EXOIRED|EXPIRED|ILLEGAL)/,
  /"errorCode"\s*:\s*43001|会话已过期|请重新登录|请先登录|登录超时/,
];

/**
 * Throws when a response is a risk-control or login page rather than data: such captures are
 * logged and store nothing. Called by every parser before it reads the body.
 */
export function assertNotBlocked(body: string, status: number): void {
  // Only the head of a body is checked: data pages can mention these words deep inside.
  const head = body.slice(0, 4000);
  if (RISK_PATTERNS.some((p) => p.test(head))) {
    throw new ParseError(
      "risk_control",
      "the platform answered with a risk-control (slider / throttling) page",
    );
  }
  if (status === 401 || status === 403 || LOGIN_PATTERNS.some((p) => p.test(head))) {
    throw new ParseError(
      "login_required",
      "the platform answered with a login page or an expired session",
    );
  }
  if (status >= 400) throw new ParseError("api_error", `the platform answered HTTP ${status}`);
}

/** For JSON endpoints: an HTML body means blocked, not data. */
export function assertJsonBody(body: string): void {
  const start = body.trimStart().slice(0, 20).toLowerCase();
  if (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<")) {
    throw new ParseError("not_json", "expected JSON but the platform sent an HTML page");
  }
}
