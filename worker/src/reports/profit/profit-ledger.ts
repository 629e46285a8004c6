import {
  addProfit,
  EMPTY_PROFIT,
  type Platform,
  type ProfitParts,
  shippingCostFen,
  shopDayFees,
} from "@tongshu/shared";
import type { AdRow, CogsRow, OtherCostRow, ShopDayRow } from "./profit-query.ts";
import { NO_RATES, type PlatformRates } from "./profit-rates.ts";

/** Profit parts of a slice plus what the figures rest on (cost coverage, fee sources). */
export interface ProfitTally {
  parts: ProfitParts;
  costedUnits: number;
  uncostedUnits: number;
  uncostedRevenueFen: number;
  feesSettledFen: number;
  feesEstimatedFen: number;
  /** Net sales charged at platform rates because no settlement was captured for them. */
  rateBaseFen: number;
}

export const EMPTY_TALLY: ProfitTally = {
  parts: EMPTY_PROFIT,
  costedUnits: 0,
  uncostedUnits: 0,
  uncostedRevenueFen: 0,
  feesSettledFen: 0,
  feesEstimatedFen: 0,
  rateBaseFen: 0,
};

export function addTally(a: ProfitTally, b: ProfitTally): ProfitTally {
  return {
    parts: addProfit(a.parts, b.parts),
    costedUnits: a.costedUnits + b.costedUnits,
    uncostedUnits: a.uncostedUnits + b.uncostedUnits,
    uncostedRevenueFen: a.uncostedRevenueFen + b.uncostedRevenueFen,
    feesSettledFen: a.feesSettledFen + b.feesSettledFen,
    feesEstimatedFen: a.feesEstimatedFen + b.feesEstimatedFen,
    rateBaseFen: a.rateBaseFen + b.rateBaseFen,
  };
}

/** One booking: a day, a scope (platform null = workspace, shopId null = platform), figures. */
export interface LedgerEntry {
  date: string;
  platform: Platform | null;
  shopId: string | null;
  tally: ProfitTally;
}

const entry = (
  date: string,
  platform: Platform | null,
  shopId: string | null,
  tally: Partial<Omit<ProfitTally, "parts">> & { parts: Partial<ProfitParts> },
): LedgerEntry => ({
  date,
  platform,
  shopId,
  tally: { ...EMPTY_TALLY, ...tally, parts: addProfit(EMPTY_PROFIT, tally.parts) },
});

export interface LedgerInput {
  shopDays: ShopDayRow[];
  cogs: CogsRow[];
  ads: AdRow[];
  other: OtherCostRow[];
  rates: Map<Platform, PlatformRates>;
}

/**
 * Every booking of a range. Fees are computed per shop-day (settlements where captured, else the
 * rates on the rest of the net sales, rounded half up once per shop-day); shipping is the
 * per-order cost × paid orders; ads and other costs are booked on their own day and scope.
 */
export function buildLedger(input: LedgerInput): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const d of input.shopDays) {
    const rates = input.rates.get(d.platform) ?? NO_RATES;
    const netSalesFen = d.paid_fen - d.refund_fen;
    const fees = shopDayFees({
      netSalesFen,
      settledFeeFen: d.settled_fee_fen,
      settledNetFen: d.settled_net_fen,
      commissionBp: rates.commissionBp,
      serviceFeeBp: rates.serviceFeeBp,
    });
    entries.push(
      entry(d.date, d.platform, d.shop_id, {
        parts: {
          revenueFen: d.paid_fen,
          refundFen: d.refund_fen,
          feesFen: fees.settledFen + fees.estimatedFen,
          shippingFen: shippingCostFen(d.orders, rates.shippingFenPerOrder),
        },
        feesSettledFen: fees.settledFen,
        feesEstimatedFen: fees.estimatedFen,
        rateBaseFen: netSalesFen - d.settled_net_fen,
      }),
    );
  }
  for (const c of input.cogs)
    entries.push(
      entry(c.date, c.platform, c.shop_id, {
        parts: { cogsFen: c.cogs_fen },
        costedUnits: c.costed_units,
        uncostedUnits: c.uncosted_units,
        uncostedRevenueFen: c.uncosted_revenue_fen,
      }),
    );
  for (const a of input.ads)
    entries.push(entry(a.date, a.platform, a.shop_id, { parts: { adSpendFen: a.spend_fen } }));
  for (const o of input.other)
    entries.push(entry(o.date, o.platform, o.shop_id, { parts: { otherFen: o.amount_fen } }));
  return entries;
}

/** Sums entries by a key, keeping the first entry's scope fields for each group. */
export function groupLedger(
  entries: LedgerEntry[],
  keyOf: (e: LedgerEntry) => string,
): Map<string, LedgerEntry> {
  const groups = new Map<string, LedgerEntry>();
  for (const e of entries) {
    const key = keyOf(e);
    const seen = groups.get(key);
    groups.set(key, seen ? { ...seen, tally: addTally(seen.tally, e.tally) } : e);
  }
  return groups;
}

/** The sum of all entries. */
export function sumLedger(entries: LedgerEntry[]): ProfitTally {
  return entries.reduce((sum, e) => addTally(sum, e.tally), EMPTY_TALLY);
}

/** Platforms with paid orders but no settings row (fees estimated and shipping taken as 0). */
export function platformsWithoutSettings(
  shopDays: ShopDayRow[],
  rates: Map<Platform, PlatformRates>,
): Platform[] {
  const missing = new Set(
    shopDays.filter((d) => d.orders > 0 && !rates.has(d.platform)).map((d) => d.platform),
  );
  return [...missing].sort();
}
