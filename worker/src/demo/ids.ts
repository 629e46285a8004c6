import { daysBetween, type Platform, type SettlementType } from "@tongshu/shared";
import { createRng, type Rng } from "./random.ts";

/**
 * Ids in each platform's format, unique within a shop by construction: a scrambled day number
 * and a scrambled per-shop-day index are embedded (a bijection, so distinct inputs never
 * collide), the rest is random so ids do not look sequential.
 */

const DAY_ZERO = "2000-01-01";
/** Orders per shop and day the id scheme can tell apart; day-level entries use the top slots. */
export const MAX_DAY_INDEX = 999_999;
export const DAY_LEVEL_INDEX = 990_000;

function scramble(value: number, modulus: number, multiplier: number): string {
  const width = String(modulus - 1).length;
  return String((value * multiplier + 12_345) % modulus).padStart(width, "0");
}

function dayPart(date: string): string {
  return scramble(daysBetween(DAY_ZERO, date), 10_000, 37);
}

function indexPart(index: number): string {
  if (index > MAX_DAY_INDEX) throw new RangeError(`too many entries for one shop-day: ${index}`);
  return scramble(index, 1_000_000, 7_919);
}

/** Taobao/Tmall 19 digits, JD 13 digits, Pinduoduo "YYMMDD-" + 15 digits. */
export function orderId(platform: Platform, date: string, index: number, rng: Rng): string {
  switch (platform) {
    case "taobao":
    case "tmall":
      return `${rng.int(2, 4)}${rng.digits(8)}${dayPart(date)}${indexPart(index)}`;
    case "jd":
      return `3${dayPart(date)}${indexPart(index)}${rng.int(10, 99)}`;
    case "pdd":
      return `${date.slice(2).replaceAll("-", "")}-${rng.digits(9)}${indexPart(index)}`;
  }
}

/** Taobao sub-order id (oid): the order id itself for one line, neighbouring numbers otherwise; JD and Pinduoduo key lines by SKU. */
export function lineId(
  platform: Platform,
  order: string,
  lineIndex: number,
  lineCount: number,
  skuId: string,
): string {
  if (platform !== "taobao" && platform !== "tmall") return skuId;
  return lineCount === 1 ? order : String(BigInt(order) + BigInt(lineIndex + 1));
}

/** Refund / after-sales ids: Taobao 16 digits, JD afsServiceId and Pinduoduo after-sales id 12 digits. */
export function refundId(
  platform: Platform,
  date: string,
  index: number,
  lineIndex: number,
  rng: Rng,
): string {
  const core = `${dayPart(date)}${indexPart(index)}${lineIndex % 10}`;
  return platform === "taobao" || platform === "tmall"
    ? `${rng.int(1, 2)}${rng.digits(4)}${core}`
    : `${rng.int(1, 9)}${core}`;
}

const TYPE_CODE: Readonly<Record<SettlementType, number>> = {
  income: 11,
  commission: 21,
  service_fee: 22,
  shipping: 23,
  ad: 31,
  deposit: 41,
  refund: 42,
  other: 51,
};

/** Bill entry ids: Alipay-style 26-digit 账务流水号 (Taobao/Tmall), 18-digit flow ids (JD, Pinduoduo). */
export function entryId(
  platform: Platform,
  date: string,
  index: number,
  type: SettlementType,
  rng: Rng,
): string {
  const core = `${dayPart(date)}${indexPart(index)}${TYPE_CODE[type]}`;
  if (platform === "taobao" || platform === "tmall") {
    return `${date.replaceAll("-", "")}2000${rng.digits(2)}${core}`;
  }
  return `${rng.digits(6)}${core}`;
}

/** Shop ids in each platform's style: Taobao/Tmall seller ids, JD vender ids, Pinduoduo mall ids. */
export function shopId(platform: Platform, seed: number, key: string): string {
  const rng = createRng(seed, "shop-id", key);
  switch (platform) {
    case "taobao":
      return `22${rng.int(10, 19)}${rng.digits(9)}`;
    case "tmall":
      return `2${rng.int(200, 219)}${rng.digits(6)}`;
    case "jd":
      return `1${rng.int(10, 29)}${rng.digits(5)}`;
    case "pdd":
      return `${rng.int(5, 9)}${rng.digits(8)}`;
  }
}
