import {
  type CustomerFigures,
  RFM_MID_SCORE,
  RFM_THRESHOLDS,
  type RfmScoreValue,
} from "@tongshu/shared";
import type { Translate } from "../../i18n/translate.ts";
import { formatCount } from "../../lib/format.ts";

type Grid = CustomerFigures["rfm"]["grid"];

export interface RfmGridCell {
  r: RfmScoreValue;
  f: RfmScoreValue;
  buyers: number;
  /** Of the buyers in the RFM window; null with none. */
  share: number | null;
  /** 0..1 for the shade: √(buyers ÷ the fullest cell), so small cells still show beside a big one. */
  intensity: number;
  /** The segments' high/low split (mid score) runs below this cell's row / right of its column. */
  splitBelow: boolean;
  splitRight: boolean;
}

export interface RfmGridRow {
  r: RfmScoreValue;
  cells: RfmGridCell[];
}

const DESC: RfmScoreValue[] = [5, 4, 3, 2, 1];
const ASC: RfmScoreValue[] = [1, 2, 3, 4, 5];

/** The R × F grid as rows R5 → R1 (recent first) and columns F1 → F5; missing cells are 0. */
export function rfmGridRows(grid: Grid, totalBuyers: number): RfmGridRow[] {
  const count = (r: number, f: number) =>
    grid.filter((c) => c.r === r && c.f === f).reduce((s, c) => s + c.buyers, 0);
  const max = Math.max(0, ...grid.map((c) => c.buyers));
  return DESC.map((r) => ({
    r,
    cells: ASC.map((f) => {
      const buyers = count(r, f);
      return {
        r,
        f,
        buyers,
        share: totalBuyers > 0 ? buyers / totalBuyers : null,
        intensity: max > 0 ? Math.sqrt(buyers / max) : 0,
        splitBelow: r === RFM_MID_SCORE,
        splitRight: f === RFM_MID_SCORE - 1,
      };
    }),
  }));
}

/** R score as days since the last order, from RFM_THRESHOLDS: 5 → "≤30 天", 1 → ">180 天". */
export function recencyBand(r: RfmScoreValue, t: Translate): string {
  const bounds = RFM_THRESHOLDS.recencyDays;
  const i = 5 - r;
  const max = bounds[i];
  const below = bounds[i - 1];
  if (max === undefined) return t("customers.rfm.band.recencyAbove", { max: below ?? 0 });
  if (below === undefined) return t("customers.rfm.band.recencyAtMost", { max });
  return t("customers.rfm.band.recencyBetween", { min: below + 1, max });
}

/** F score as paid orders in the window: 1 → "1 次" … 5 → "≥5 次". */
export function frequencyBand(f: RfmScoreValue, t: Translate): string {
  const bounds = RFM_THRESHOLDS.frequencyOrders;
  const min = f === 1 ? 1 : (bounds[f - 2] ?? 1);
  const next = bounds[f - 1];
  if (next === undefined) return t("customers.rfm.band.frequencyAtLeast", { n: formatCount(min) });
  if (next - 1 === min) return t("customers.rfm.band.frequencyExactly", { n: formatCount(min) });
  return t("customers.rfm.band.frequencyBetween", { min: formatCount(min), max: next - 1 });
}
