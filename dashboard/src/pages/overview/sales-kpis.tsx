import type { SalesKpis } from "@tongshu/shared";
import type { SeriesUnit } from "../../charts/series.ts";
import { KpiCard } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";

const CARDS: Array<{ id: keyof SalesKpis; unit: SeriesUnit }> = [
  { id: "paidFen", unit: "fen" },
  { id: "netSalesFen", unit: "fen" },
  { id: "orders", unit: "count" },
  { id: "buyers", unit: "count" },
  { id: "aovFen", unit: "fen" },
  { id: "refundRate", unit: "ratio" },
  { id: "units", unit: "count" },
  { id: "refundFen", unit: "fen" },
];

/** The sales KPI cards, each with 环比 and 同比. */
export function SalesKpiGrid({ kpis }: { kpis: SalesKpis }) {
  const { t } = useI18n();
  return (
    <div className="kpi-grid" data-testid="kpis">
      {CARDS.map((card) => (
        <KpiCard
          key={card.id}
          id={card.id}
          label={t(`metric.${card.id}` as MessageKey)}
          figure={kpis[card.id]}
          unit={card.unit}
        />
      ))}
    </div>
  );
}
