import {
  checkSyncStopped,
  effectiveAlertParams,
  isDailyKind,
  type KindFreshness,
  type Platform,
  RECORD_KINDS,
  type RecordKind,
  rangeLength,
  type ShopFreshness,
} from "@tongshu/shared";
import { type ReportFilter, shopKey } from "../reports/filter.ts";
import { rowsOf } from "./check.ts";
import {
  DATED_KINDS,
  type DayRow,
  dayRowsStatement,
  type ShopRow,
  type SkuRow,
  shopsStatement,
  skuRowsStatement,
  syncRuleStatement,
} from "./freshness-query.ts";
import { expectedSpan, findGaps, spanDays } from "./gaps.ts";

/**
 * A kind of a shop as the page lists it, plus what the summary adds up: the days the shop could
 * have had data (from its first record ever to today, inside the range) and those that had.
 */
export interface KindState {
  freshness: KindFreshness;
  expectedDays: number;
  coveredDays: number;
}
export interface ShopState {
  key: string;
  shop: Omit<ShopFreshness, "kinds">;
  kinds: KindState[];
}

/** Groups rows by "platform:shopId". */
function byShop<T extends { platform: string; shop_id: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const key = shopKey(row.platform, row.shop_id);
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}

/** The page's form of a shop's state. */
export const toShopFreshness = (state: ShopState): ShopFreshness => ({
  ...state.shop,
  kinds: state.kinds.map((k) => k.freshness),
});

/** Statements for the freshness of `kinds`, and how to read their results. */
export function freshnessPart(db: D1Database, filter: ReportFilter, kinds: readonly RecordKind[]) {
  const dated = DATED_KINDS.filter((k) => kinds.includes(k.kind));
  const withSkus = kinds.includes("sku");
  const statements = [
    shopsStatement(db, filter, dated),
    syncRuleStatement(db, filter.workspaceId),
    ...(withSkus ? [skuRowsStatement(db, filter)] : []),
    ...dated.map((k) => dayRowsStatement(db, filter, k)),
  ];
  const read = (results: D1Result[]): ShopState[] => {
    const [shops, rule, ...rest] = results;
    const skus = byShop(withSkus ? rowsOf<SkuRow>(rest.shift()) : []);
    const daysByKind = new Map(
      dated.map((k, i) => [k.kind as RecordKind, byShop(rowsOf<DayRow>(rest[i]))]),
    );
    const stopped = syncStopped(rowsOf<{ enabled: number; params: string }>(rule)[0], filter.now);
    return rowsOf<ShopRow>(shops).map((shop) => {
      const key = shopKey(shop.platform, shop.shop_id);
      const kinds: KindState[] = [];
      for (const kind of RECORD_KINDS) {
        if (kind === "sku") {
          const row = skus.get(key)?.[0];
          if (row) kinds.push(skuState(row, filter));
          continue;
        }
        const days = daysByKind.get(kind);
        const first = shop[`first_${kind}`];
        if (!days || !first) continue; // Never had a record of this kind: not listed.
        kinds.push(datedState(kind, days.get(key) ?? [], first, filter));
      }
      return {
        key,
        shop: {
          platform: shop.platform as Platform,
          shopId: shop.shop_id,
          shopName: shop.shop_name,
          // The newest capture of anything (what the sync_stopped rule reads); the newest arrival
          // among the records listed (the range's, and the shop's SKUs).
          lastCapturedAt: shop.last_captured_at,
          lastReceivedAt: maxOf(kinds.map((k) => k.freshness.lastReceivedAt)),
          syncStopped: stopped(shop.last_captured_at),
        },
        kinds,
      };
    });
  };
  return { statements, read };
}

/**
 * True when the sync_stopped rule would fire now: the workspace's hours, and not when the
 * workspace turned the rule off (then no alert says so, and neither does this).
 */
function syncStopped(row: { enabled: number; params: string } | undefined, now: number) {
  if (row?.enabled === 0) return () => false;
  const params = effectiveAlertParams("sync_stopped", row ? JSON.parse(row.params) : undefined);
  return (lastCapturedAt: number) => checkSyncStopped({ lastCapturedAt, now }, params) !== null;
}

function datedState(
  kind: RecordKind,
  days: DayRow[],
  firstDate: string,
  filter: ReportFilter,
): KindState {
  const covered = new Set(days.filter((d) => d.daily > 0).map((d) => d.date));
  // A shop added mid-range is not missing data from before it existed: the expected span starts
  // at its first record ever (and ends today: later days cannot have data yet).
  const span = expectedSpan(filter.range, firstDate, filter.today);
  // Sparse kinds (refunds, ads, settlements) have no missing days, only their freshness.
  const daily = isDailyKind(kind);
  return {
    freshness: {
      kind,
      records: days.reduce((s, d) => s + d.records, 0),
      // Of the range's records: how fresh the figures of this range are.
      lastCapturedAt: maxOf(days.map((d) => d.captured)),
      lastReceivedAt: maxOf(days.map((d) => d.received)),
      daysWithData: covered.size,
      daysInRange: rangeLength(filter.range),
      gaps: daily ? findGaps(span, covered) : [],
    },
    expectedDays: daily ? spanDays(span) : 0,
    coveredDays:
      daily && span ? [...covered].filter((d) => d >= span.from && d <= span.to).length : 0,
  };
}

function skuState(row: SkuRow, filter: ReportFilter): KindState {
  return {
    freshness: {
      kind: "sku",
      records: row.records,
      lastCapturedAt: row.captured,
      lastReceivedAt: row.received,
      daysWithData: null,
      daysInRange: rangeLength(filter.range),
      gaps: [],
    },
    expectedDays: 0,
    coveredDays: 0,
  };
}

function maxOf(values: Array<number | null>): number | null {
  let max: number | null = null;
  for (const v of values) if (v !== null && (max === null || v > max)) max = v;
  return max;
}
