import type { CustomerFigures } from "@tongshu/shared";
import type { CSSProperties } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatPercent } from "../../lib/format.ts";
import { frequencyBand, recencyBand, rfmGridRows } from "./rfm-grid-data.ts";

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The R × F grid as a real table (screen readers read row and column headers), each cell
 * shaded by its buyers and printing the count and share, so colour is never the only cue.
 */
export function RfmGrid({ rfm }: { rfm: CustomerFigures["rfm"] }) {
  const { t } = useI18n();
  const rows = rfmGridRows(rfm.grid, rfm.buyers);
  const score = (n: number) => t("customers.rfm.grid.score", { score: n });
  return (
    <div className="rfm-grid" data-testid="rfm-grid">
      <div className="table-scroll">
        <table className="rfm-grid__table">
          <caption className="visually-hidden">
            {t("customers.rfm.grid.caption", { buyers: formatCount(rfm.buyers) })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="rfm-grid__corner">
                <span className="rfm-grid__axis rfm-grid__axis--f">
                  {t("customers.rfm.grid.fAxis")} →
                </span>
                <span className="rfm-grid__axis rfm-grid__axis--r">
                  {t("customers.rfm.grid.rAxis")} ↓
                </span>
              </th>
              {SCORES.map((f) => (
                <th key={f} scope="col" className="rfm-grid__head">
                  <span className="rfm-grid__score">F {score(f)}</span>
                  <span className="rfm-grid__band">{frequencyBand(f, t)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.r}>
                <th scope="row" className="rfm-grid__head rfm-grid__head--row">
                  <span className="rfm-grid__score">R {score(row.r)}</span>
                  <span className="rfm-grid__band">{recencyBand(row.r, t)}</span>
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.f}
                    className={[
                      "rfm-grid__cell",
                      cell.intensity > 0.6 ? "rfm-grid__cell--dark" : "",
                      cell.splitBelow ? "rfm-grid__cell--split-below" : "",
                      cell.splitRight ? "rfm-grid__cell--split-right" : "",
                    ].join(" ")}
                    style={{ "--shade": cell.intensity.toFixed(3) } as CSSProperties}
                    data-r={cell.r}
                    data-f={cell.f}
                    data-value={cell.buyers}
                  >
                    <span className="rfm-grid__count">{formatCount(cell.buyers)}</span>
                    <span className="rfm-grid__share">{formatPercent(cell.share, 1)}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="footnote">{t("customers.rfm.grid.legend")}</p>
    </div>
  );
}
