import type { OverviewReport } from "@tongshu/shared";
import { ChangeBadge } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime, formatCount, formatMoney } from "../../lib/format.ts";

/** 今日实时: today until now against yesterday until the same time of day. */
export function LiveToday({ live }: { live: OverviewReport["live"] }) {
  const { t } = useI18n();
  const items = [
    {
      id: "paid",
      label: t("metric.paidFen"),
      value: formatMoney(live.today.paidFen),
      change: live.vsYesterday.paidFen,
    },
    {
      id: "orders",
      label: t("metric.orders"),
      value: formatCount(live.today.orders),
      change: live.vsYesterday.orders,
    },
    {
      id: "buyers",
      label: t("metric.buyers"),
      value: live.today.buyers === null ? "—" : formatCount(live.today.buyers),
      change: live.vsYesterday.buyers,
    },
  ];
  return (
    <section className="panel live-today" data-testid="live-today" aria-labelledby="live-title">
      <h2 className="section__title" id="live-title">
        {t("overview.live.title", { time: formatBeijingDateTime(live.asOf) })}
      </h2>
      <div className="live-today__items">
        {items.map((item) => (
          <div key={item.id} className="live-today__item" data-testid={`live-${item.id}`}>
            <div className="kpi-card__label">{item.label}</div>
            <div className="kpi-card__value">{item.value}</div>
            <ChangeBadge change={item.change} label={t("overview.live.vsYesterday")} />
          </div>
        ))}
      </div>
    </section>
  );
}
