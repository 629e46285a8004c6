import type { AdKpis, AdsReport } from "@tongshu/shared";
import type { SeriesUnit } from "../../charts/series.ts";
import { KpiCard } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { formatMoney } from "../../lib/format.ts";
import { formatRoas, type RoasTarget } from "./ads-roas.ts";

/** Cards in reading order: money first, then reach. Ids are the API's kpi keys. */
const CARDS: Array<{ id: keyof AdKpis; unit: SeriesUnit }> = [
  { id: "spendFen", unit: "fen" },
  { id: "attributedFen", unit: "fen" },
  { id: "roas", unit: "multiple" },
  { id: "acos", unit: "ratio" },
  { id: "impressions", unit: "count" },
  { id: "clicks", unit: "count" },
  { id: "ctr", unit: "ratio" },
  { id: "cpcFen", unit: "fen" },
  { id: "conversionRate", unit: "ratio" },
  { id: "attributedOrders", unit: "count" },
];

/** The ad KPI cards with 环比 and 同比, and spend as a share of the same filter's sales. */
export function AdsKpiGrid({
  total,
  target,
}: {
  total: AdsReport["total"];
  target: RoasTarget | null;
}) {
  const { t } = useI18n();
  return (
    <div className="kpi-grid" data-testid="kpis">
      {CARDS.map((card) => (
        <KpiCard
          key={card.id}
          id={card.id}
          label={t(`ads.kpi.${card.id}` as MessageKey)}
          figure={total.kpis[card.id]}
          unit={card.unit}
          note={
            card.id === "roas" && target
              ? t("ads.kpi.targetNote", { target: formatRoas(target.targetRoas) })
              : undefined
          }
        />
      ))}
      <KpiCard
        id="spendShare"
        label={t("ads.kpi.spendShare")}
        figure={total.spendShareKpi}
        unit="ratio"
        note={t("ads.kpi.salesNote", { sales: formatMoney(total.salesFen) })}
      />
    </div>
  );
}
