import type { TrafficKpis } from "@tongshu/shared";
import type { SeriesUnit } from "../../charts/series.ts";
import { KpiCard } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";

/** Ids are the API's kpi keys; distinct counts may be null (unknown), never summed. */
const CARDS: Array<{ id: keyof TrafficKpis; unit: SeriesUnit; distinct: boolean }> = [
  { id: "visitors", unit: "count", distinct: true },
  { id: "pageViews", unit: "count", distinct: false },
  { id: "buyers", unit: "count", distinct: true },
  { id: "conversionRate", unit: "ratio", distinct: true },
  { id: "cartBuyers", unit: "count", distinct: true },
  { id: "paidOrders", unit: "count", distinct: false },
  { id: "paidFen", unit: "fen", distinct: false },
];

/** The traffic KPI cards; an unknown distinct count says why it is a dash. */
export function TrafficKpiGrid({ kpis, reason }: { kpis: TrafficKpis; reason: "shops" | "span" }) {
  const { t } = useI18n();
  return (
    <div className="kpi-grid" data-testid="kpis">
      {CARDS.map((card) => (
        <KpiCard
          key={card.id}
          id={card.id}
          label={t(`traffic.kpi.${card.id}`)}
          figure={kpis[card.id]}
          unit={card.unit}
          note={
            card.distinct && kpis[card.id].value === null
              ? t(reason === "shops" ? "traffic.unknown.shops" : "traffic.unknown.span")
              : undefined
          }
        />
      ))}
    </div>
  );
}
