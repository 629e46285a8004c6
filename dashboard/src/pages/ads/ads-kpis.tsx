import type { AdKpis, AdsReport, Compared } from "@tongshu/shared";
import type { SeriesUnit } from "../../charts/series.ts";
import { ChangeBadge, KpiCard } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { formatMoney } from "../../lib/format.ts";
import { formatRoas, type RoasTarget } from "./ads-roas.ts";

/** Cards in reading order: money first, then reach. Ids are the API's kpi keys. */
const CARDS: Array<{ id: Exclude<keyof AdKpis, "roas">; unit: SeriesUnit } | { id: "roas" }> = [
  { id: "spendFen", unit: "fen" },
  { id: "attributedFen", unit: "fen" },
  { id: "roas" },
  { id: "acos", unit: "ratio" },
  { id: "impressions", unit: "count" },
  { id: "clicks", unit: "count" },
  { id: "ctr", unit: "ratio" },
  { id: "cpcFen", unit: "fen" },
  { id: "conversionRate", unit: "ratio" },
  { id: "attributedOrders", unit: "count" },
];

/** KpiCard's markup for ROAS, which reads as a multiple (3.25), not a percentage or a count. */
function RoasCard({ figure, note }: { figure: Compared; note?: string }) {
  const { t } = useI18n();
  return (
    <div className="kpi-card" data-testid="kpi-roas" data-value={figure.value ?? ""}>
      <div className="kpi-card__label">{t("ads.kpi.roas")}</div>
      <div className="kpi-card__value">{formatRoas(figure.value)}</div>
      <div className="kpi-card__changes">
        <ChangeBadge change={figure.vsPrevious} label={t("kpi.vsPrevious")} />
        <ChangeBadge change={figure.vsLastYear} label={t("kpi.vsLastYear")} />
      </div>
      {note ? <div className="kpi-card__note muted">{note}</div> : null}
    </div>
  );
}

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
      {CARDS.map((card) =>
        card.id === "roas" ? (
          <RoasCard
            key="roas"
            figure={total.kpis.roas}
            note={
              target
                ? t("ads.kpi.targetNote", { target: formatRoas(target.targetRoas) })
                : undefined
            }
          />
        ) : (
          <KpiCard
            key={card.id}
            id={card.id}
            label={t(`ads.kpi.${card.id}` as MessageKey)}
            figure={total.kpis[card.id]}
            unit={card.unit}
          />
        ),
      )}
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
