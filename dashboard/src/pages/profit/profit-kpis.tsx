import type { ProfitReport } from "@tongshu/shared";
import { KpiCard } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { formatCount, formatMoney, formatPercent } from "../../lib/format.ts";
import { type ProfitKpiId, profitKpis } from "./profit-figures.ts";

/** Labels: the sales figures share the overview's names; the rest are the profit page's. */
const LABELS: Record<ProfitKpiId, MessageKey> = {
  profitFen: "profit.metric.profitFen",
  marginRate: "profit.metric.marginRate",
  revenueFen: "profit.metric.revenueFen",
  netSalesFen: "metric.netSalesFen",
  refundFen: "metric.refundFen",
  cogsFen: "profit.metric.cogsFen",
  feesFen: "profit.metric.feesFen",
  adSpendFen: "profit.metric.adSpendFen",
  shippingFen: "profit.metric.shippingFen",
  otherFen: "profit.metric.otherFen",
};

/** One sentence that answers "what was the profit after ads and refunds", then the cards. */
export function ProfitKpis({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  const { figures, coverage } = report.total;
  const { basis } = report.meta;
  const note = (id: ProfitKpiId): string | undefined => {
    if (id === "profitFen" && coverage.uncostedUnits > 0)
      return t("profit.kpi.uncostedNote", { units: formatCount(coverage.uncostedUnits) });
    if (id === "feesFen" && basis.feesEstimated)
      return t("profit.kpi.feesNote", { estimated: formatMoney(basis.feesEstimatedFen) });
    return undefined;
  };
  return (
    <>
      <p className="profit-summary" data-testid="profit-summary">
        {t("profit.summary", {
          from: report.meta.range.from,
          to: report.meta.range.to,
          profit: formatMoney(figures.profitFen),
          margin: formatPercent(figures.marginRate),
          refunds: formatMoney(figures.refundFen),
          ads: formatMoney(figures.adSpendFen),
        })}
      </p>
      <div className="kpi-grid profit-kpis" data-testid="kpis">
        {profitKpis(report.total).map((kpi) => (
          <KpiCard
            key={kpi.id}
            id={kpi.id}
            label={t(LABELS[kpi.id])}
            figure={kpi.figure}
            unit={kpi.unit}
            note={note(kpi.id)}
          />
        ))}
      </div>
    </>
  );
}
