/**
 * Money at the edges. Platforms send yuan strings ("￥1,234.50"), yuan numbers (12.5), fen
 * integers (1250) or 厘 (12500). Everything becomes integer fen through decimal-string
 * arithmetic, never through binary floating point.
 */

export type MoneyErrorCode = "empty" | "invalid" | "precision" | "range";

/** A value that cannot be read as money; `code` says why. */
export class MoneyError extends Error {
  override readonly name = "MoneyError";
  constructor(
    readonly code: MoneyErrorCode,
    readonly input: unknown,
    message: string,
  ) {
    super(message);
  }
}

// What pages show when a figure is absent. Unknown is not zero, so these read as null.
const MISSING_MARKERS = new Set(["", "-", "--", "—", "——", "N/A", "null"]);

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?$/;

function describe(input: unknown): string {
  const text = typeof input === "string" ? JSON.stringify(input) : String(input);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Strips currency signs, 元, thousands separators and spaces; maps the full-width minus. */
function normaliseYuanText(text: string): string {
  return text
    .trim()
    .replace(/[￥¥元,，\s]/g, "")
    .replace(/^[−－]/, "-");
}

/** Reads a decimal string with at most `scale` fraction digits (trailing zeros allowed) as an integer of 10^-scale units. */
function decimalToUnits(text: string, scale: number, input: unknown): number {
  const match = DECIMAL.exec(text);
  const [, sign, whole = "", fraction = ""] = match ?? [];
  if (!match || (whole === "" && fraction === "")) {
    throw new MoneyError("invalid", input, `not a money amount: ${describe(input)}`);
  }
  const significant = fraction.replace(/0+$/, "");
  if (significant.length > scale) {
    throw new MoneyError(
      "precision",
      input,
      `more than ${scale} decimal places in ${describe(input)}`,
    );
  }
  const digits = `${whole}${significant.padEnd(scale, "0")}`.replace(/^0+(?=\d)/, "");
  const units = Number(digits);
  if (!Number.isSafeInteger(units)) {
    throw new MoneyError("range", input, `amount too large: ${describe(input)}`);
  }
  return sign === "-" && units !== 0 ? -units : units;
}

/**
 * Yuan (string or number) → integer fen. Accepts "￥1,234.50", "¥19.99", "-12.3", 19.99.
 * Throws MoneyError: "empty" for "", "--" and friends, "invalid" for garbage, "precision" for
 * a third decimal place, "range" beyond safe integers.
 */
export function parseYuanToFen(input: string | number): number {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) {
      throw new MoneyError("invalid", input, `not a finite amount: ${describe(input)}`);
    }
    // String(n) is the shortest decimal that round-trips, i.e. what the platform's JSON said.
    const text = String(input);
    if (/e/i.test(text)) {
      const code = Math.abs(input) >= 1 ? "range" : "precision";
      throw new MoneyError(code, input, `amount out of range: ${describe(input)}`);
    }
    return decimalToUnits(text, 2, input);
  }
  if (typeof input !== "string") {
    throw new MoneyError("invalid", input, `not a money amount: ${describe(input)}`);
  }
  const text = normaliseYuanText(input);
  if (MISSING_MARKERS.has(text)) {
    throw new MoneyError("empty", input, `no amount given: ${describe(input)}`);
  }
  return decimalToUnits(text, 2, input);
}

/** Like parseYuanToFen, but null, undefined, "" and "--" (a figure the page does not show) give null. */
export function parseYuanToFenOrNull(input: unknown): number | null {
  if (input === null || input === undefined) return null;
  if (typeof input === "string" && MISSING_MARKERS.has(normaliseYuanText(input))) return null;
  if (typeof input !== "string" && typeof input !== "number") {
    throw new MoneyError("invalid", input, `not a money amount: ${describe(input)}`);
  }
  return parseYuanToFen(input);
}

/** An amount the platform already sends in fen (Pinduoduo mms): an integer number or digit string. */
export function parseFen(input: string | number): number {
  const text = typeof input === "number" ? String(input) : input.trim();
  if (text === "") throw new MoneyError("empty", input, "no amount given");
  if (typeof input === "number" && !Number.isInteger(input)) {
    throw new MoneyError("precision", input, `fen must be an integer: ${describe(input)}`);
  }
  return decimalToUnits(text, 0, input);
}

/**
 * 厘 (1/1000 yuan, Pinduoduo ad reports) → integer fen, rounded half away from zero (四舍五入).
 * Works on the decimal digits, so 12345 厘 is exactly 1235 fen.
 */
export function parseLiToFen(input: string | number): number {
  const li = parseFen(input);
  const whole = Math.trunc(li / 10);
  const rest = Math.abs(li % 10);
  if (rest < 5) return whole;
  return li < 0 ? whole - 1 : whole + 1;
}

/** Fen as the integer yuan and fen parts with grouping, e.g. 123450 → "1,234.50". */
function groupedYuan(absFen: number): string {
  const yuan = Math.trunc(absFen / 100);
  const fen = absFen % 100;
  return `${yuan.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fen.toString().padStart(2, "0")}`;
}

/** Formats integer fen as "¥1,234.50" (negative: "-¥1,234.50"). */
export function formatFen(fen: number, options: { symbol?: boolean } = {}): string {
  if (!Number.isSafeInteger(fen))
    throw new MoneyError("invalid", fen, "fen must be a safe integer");
  const symbol = options.symbol === false ? "" : "¥";
  const sign = fen < 0 ? "-" : "";
  return `${sign}${symbol}${groupedYuan(Math.abs(fen))}`;
}

/**
 * Compact form for large figures the way Chinese reports show them: "¥12.35万", "¥1.20亿";
 * below ¥10,000 the exact amount. Rounded half away from zero on integers.
 */
export function formatFenCompact(fen: number): string {
  if (!Number.isSafeInteger(fen))
    throw new MoneyError("invalid", fen, "fen must be a safe integer");
  const abs = Math.abs(fen);
  const sign = fen < 0 ? "-" : "";
  const units: Array<[number, string]> = [
    [10_000_000_000, "亿"],
    [1_000_000, "万"],
  ];
  for (const [size, label] of units) {
    if (abs >= size) {
      // Two decimals of the unit: hundredths = round(abs / (size / 100)).
      const step = size / 100;
      const hundredths = Math.trunc(abs / step) + (abs % step >= step / 2 ? 1 : 0);
      const text = `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
      return `${sign}¥${text}${label}`;
    }
  }
  return formatFen(fen);
}

/**
 * Splits `totalFen` over parts in proportion to `weights`, in whole fen, by largest remainder
 * (ties to the earlier part), so the parts always add up to the total exactly. With all weights
 * zero the first part takes everything. Used to spread an order's paid amount over its lines.
 */
export function allocateFen(weights: readonly number[], totalFen: number): number[] {
  const base = weights.reduce((s, w) => s + w, 0);
  if (base === 0) return weights.map((_, i) => (i === 0 ? totalFen : 0));
  const shares = weights.map((w) => Math.floor((w * totalFen) / base));
  let left = totalFen - shares.reduce((s, x) => s + x, 0);
  const byRest = weights
    .map((w, i) => ({ i, rest: (w * totalFen) % base }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (const { i } of byRest) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}
