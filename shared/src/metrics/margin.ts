import { ratio } from "./compare.ts";
import { netSalesFen } from "./sales.ts";

export interface ProductMargin {
  /** Paid − refunds − cost of the units sold; null when the cost is unknown. */
  marginFen: number | null;
  /** Margin ÷ net sales (paid − refunds); null when the cost is unknown or net sales are 0. */
  marginRate: number | null;
}

/**
 * Gross margin of a product over a span, from its paid amount, refunds and the cost of the units
 * sold (each unit at the cost in force on its day). An unknown cost gives an unknown margin,
 * never a margin that counts the goods as free.
 */
export function productMargin(
  paidFen: number,
  refundFen: number,
  costFen: number | null,
): ProductMargin {
  if (costFen === null) return { marginFen: null, marginRate: null };
  const net = netSalesFen({ paidFen, refundFen });
  const marginFen = net - costFen;
  return { marginFen, marginRate: ratio(marginFen, net) };
}
