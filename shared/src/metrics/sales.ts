import { ratio } from "./compare.ts";

/** The additive parts of the sales figures (sums over paid orders of a span). */
export interface SalesParts {
  /** Paid orders, counted on the Beijing day they were paid. */
  orders: number;
  units: number;
  /** What buyers paid (GMV, 支付金额), postage included. */
  paidFen: number;
  /** Refunds of those orders (cohort: dated by the order's payment day). */
  refundFen: number;
  /** Paid orders with any refund. */
  refundOrders: number;
}

/** Sales figures derived from summed parts; buyers come separately (a distinct count). */
export interface SalesFigures extends SalesParts {
  netSalesFen: number;
  buyers: number | null;
  /** Average order value in fen (rounded); null with no orders. */
  aovFen: number | null;
  /** Refund amount ÷ paid amount; null with no sales. */
  refundRate: number | null;
  /** Orders per buyer; null when buyers are unknown. */
  ordersPerBuyer: number | null;
}

export const EMPTY_SALES: SalesParts = {
  orders: 0,
  units: 0,
  paidFen: 0,
  refundFen: 0,
  refundOrders: 0,
};

/** Adds sales parts (every field is additive across days, shops and platforms). */
export function addSales(a: SalesParts, b: SalesParts): SalesParts {
  return {
    orders: a.orders + b.orders,
    units: a.units + b.units,
    paidFen: a.paidFen + b.paidFen,
    refundFen: a.refundFen + b.refundFen,
    refundOrders: a.refundOrders + b.refundOrders,
  };
}

/** Net sales after refunds: paid − refunded. */
export function netSalesFen(parts: Pick<SalesParts, "paidFen" | "refundFen">): number {
  return parts.paidFen - parts.refundFen;
}

/** Average order value in whole fen (half up); null with no orders. */
export function averageOrderValueFen(paidFen: number, orders: number): number | null {
  return orders === 0 ? null : Math.round(paidFen / orders);
}

/** Derives the ratio figures from parts, recomputed from sums (never averaged ratios). */
export function salesFigures(parts: SalesParts, buyers: number | null): SalesFigures {
  return {
    ...parts,
    netSalesFen: netSalesFen(parts),
    buyers,
    aovFen: averageOrderValueFen(parts.paidFen, parts.orders),
    refundRate: ratio(parts.refundFen, parts.paidFen),
    ordersPerBuyer: ratio(parts.orders, buyers),
  };
}
