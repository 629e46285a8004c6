import {
  averageOrderValueFen,
  type CustomerFigures,
  type CustomersReport,
  type Platform,
  RFM_SEGMENTS,
  type RfmSegmentId,
  ratio,
} from "@tongshu/shared";

/** What the customer page derives from one platform's (or all) figures: sums and shares only. */
export interface CustomerTotals {
  /** New + returning: buyers are per platform, and a buyer is one or the other in a range. */
  buyers: number;
  /** Paid orders including those without a buyer key. */
  orders: number;
  paidFen: number;
  aovFen: number | null;
  newAovFen: number | null;
  returningAovFen: number | null;
  /** Returning buyers ÷ buyers. */
  returningShare: number | null;
  /** Returning buyers' paid amount ÷ the paid amount of buyers with a key. */
  returningPaidShare: number | null;
}

export function customerTotals(f: CustomerFigures): CustomerTotals {
  const { newBuyers: n, returningBuyers: r, unknownBuyerOrders: u } = f;
  const buyers = n.buyers + r.buyers;
  const orders = n.orders + r.orders + u.orders;
  const paidFen = n.paidFen + r.paidFen + u.paidFen;
  return {
    buyers,
    orders,
    paidFen,
    aovFen: averageOrderValueFen(paidFen, orders),
    newAovFen: averageOrderValueFen(n.paidFen, n.orders),
    returningAovFen: averageOrderValueFen(r.paidFen, r.orders),
    returningShare: ratio(r.buyers, buyers),
    returningPaidShare: ratio(r.paidFen, n.paidFen + r.paidFen),
  };
}

/** A platform's row of the customer tables: its figures with the derived totals. */
export type PlatformCustomerRow = CustomerFigures & CustomerTotals & { platform: Platform };

export function platformCustomerRows(report: CustomersReport): PlatformCustomerRow[] {
  return report.platforms.map((p) => ({ ...p, ...customerTotals(p) }));
}

/** The RFM scope chosen on the page: "all" or one platform the report has. */
export function rfmScope(report: CustomersReport, scope: string): CustomerFigures["rfm"] {
  const platform = report.platforms.find((p) => p.platform === scope);
  return (platform ?? report.total).rfm;
}

export interface SegmentRow {
  segment: RfmSegmentId;
  /** R, F, M high (≥ mid score) or low, as the segment is defined. */
  r: boolean;
  f: boolean;
  m: boolean;
  buyers: number;
  share: number | null;
  orders: number;
  paidFen: number;
  paidPerBuyerFen: number | null;
}

/** The 8 segments in their defined order, with the average paid per buyer. */
export function segmentRows(rfm: CustomerFigures["rfm"]): SegmentRow[] {
  return RFM_SEGMENTS.map((def) => {
    const s = rfm.segments.find((x) => x.segment === def.id);
    const buyers = s?.buyers ?? 0;
    const paidFen = s?.paidFen ?? 0;
    return {
      segment: def.id,
      r: def.r,
      f: def.f,
      m: def.m,
      buyers,
      share: s?.share ?? null,
      orders: s?.orders ?? 0,
      paidFen,
      paidPerBuyerFen: buyers > 0 ? Math.round(paidFen / buyers) : null,
    };
  });
}
