import {
  type KindCoverage,
  PLATFORMS,
  RECORD_KINDS,
  type RecordKind,
  type ShopCoverage,
} from "@tongshu/shared";
import { formatDateSpan, NO_VALUE } from "./format.ts";

/** What the workspace holds of one record kind, across every shop. */
export interface KindHolding {
  kind: RecordKind;
  records: number;
  /** Shops holding at least one record of the kind. */
  shops: number;
  firstDate: string | null;
  lastDate: string | null;
  lastCapturedAt: number | null;
}

/**
 * One row per record kind in the fixed order of RECORD_KINDS. A kind the server did not list
 * for a shop is held zero times: the workspace has none, which is a fact, not an unknown.
 */
export function kindRows(shop: ShopCoverage): KindCoverage[] {
  return RECORD_KINDS.map(
    (kind) =>
      shop.kinds.find((entry) => entry.kind === kind) ?? {
        kind,
        records: 0,
        firstDate: null,
        lastDate: null,
        lastCapturedAt: null,
      },
  );
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b; // YYYY-MM-DD compares correctly as text
}

function maxOf<T extends string | number>(a: T | null, b: T | null): T | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** Sums one kind across shops; dates and capture times span all shops that hold it. */
export function summariseKind(shops: ShopCoverage[], kind: RecordKind): KindHolding {
  const holding: KindHolding = {
    kind,
    records: 0,
    shops: 0,
    firstDate: null,
    lastDate: null,
    lastCapturedAt: null,
  };
  for (const shop of shops) {
    const entry = shop.kinds.find((candidate) => candidate.kind === kind);
    if (!entry || entry.records <= 0) continue;
    holding.records += entry.records;
    holding.shops += 1;
    holding.firstDate = minDate(holding.firstDate, entry.firstDate);
    holding.lastDate = maxOf(holding.lastDate, entry.lastDate);
    holding.lastCapturedAt = maxOf(holding.lastCapturedAt, entry.lastCapturedAt);
  }
  return holding;
}

/** Shops and records in the whole workspace (record counts add up; they are rows, not people). */
export function coverageTotals(shops: ShopCoverage[]): { shops: number; records: number } {
  let records = 0;
  for (const shop of shops) for (const entry of shop.kinds) records += entry.records;
  return { shops: shops.length, records };
}

/** Shops in platform order (淘宝, 天猫, 京东, 拼多多), then by name or id, for a stable page. */
export function sortShops(shops: ShopCoverage[]): ShopCoverage[] {
  const rank = (shop: ShopCoverage) => PLATFORMS.indexOf(shop.platform);
  const label = (shop: ShopCoverage) => shop.shopName ?? shop.shopId;
  return [...shops].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      label(a).localeCompare(label(b), "zh-CN") ||
      a.shopId.localeCompare(b.shopId),
  );
}

/**
 * The date cell of a coverage row: a dash when nothing is held; `undatedLabel` when records
 * exist but carry no dates (SKU lists are snapshots), so that never reads as "unknown".
 */
export function datesText(
  row: Pick<KindCoverage, "records" | "firstDate" | "lastDate">,
  undatedLabel: string,
): string {
  if (row.records <= 0) return NO_VALUE;
  return formatDateSpan(row.firstDate, row.lastDate) ?? undatedLabel;
}
