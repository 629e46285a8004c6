import type { CustomersReport } from "@tongshu/shared";
import type { SeriesUnit } from "../../charts/series.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatByUnit, formatCount, formatMoney, formatPercent } from "../../lib/format.ts";
import { customerTotals } from "./customers-data.ts";

interface Card {
  id: string;
  label: string;
  value: number | null;
  unit: SeriesUnit;
  note: string;
}

type Rate = CustomersReport["total"]["repurchase"]["d30"];

function repurchaseNote(rate: Rate, t: Translate): string {
  const days = rate.windowDays;
  if (rate.eligible === 0) return t("customers.note.repurchaseNone", { days });
  const base = t("customers.note.repurchase", {
    repurchased: formatCount(rate.repurchased),
    eligible: formatCount(rate.eligible),
    days,
  });
  return rate.pending > 0
    ? base + t("customers.note.repurchasePending", { pending: formatCount(rate.pending), days })
    : base;
}

/**
 * The headline customer figures. The API gives them without 环比/同比, so the cards carry a
 * note in place of change badges. Ids follow the report's field names (kpi-newBuyers is
 * total.newBuyers.buyers, kpi-repurchaseD30 total.repurchase.d30.rate …); data-value is the
 * unformatted figure.
 */
function cards(report: CustomersReport, t: Translate): Card[] {
  const f = report.total;
  const totals = customerTotals(f);
  const group = (orders: number, aov: number | null) =>
    t("customers.note.group", { orders: formatCount(orders), aov: formatMoney(aov) });
  return [
    {
      id: "buyers",
      label: t("metric.buyers"),
      value: totals.buyers,
      unit: "count",
      note:
        f.unknownBuyerOrders.orders > 0
          ? t("customers.note.unknownOrders", { orders: formatCount(f.unknownBuyerOrders.orders) })
          : t("customers.note.buyers"),
    },
    {
      id: "newBuyers",
      label: t("customers.kpi.newBuyers"),
      value: f.newBuyers.buyers,
      unit: "count",
      note: group(f.newBuyers.orders, totals.newAovFen),
    },
    {
      id: "returningBuyers",
      label: t("customers.kpi.returningBuyers"),
      value: f.returningBuyers.buyers,
      unit: "count",
      note: group(f.returningBuyers.orders, totals.returningAovFen),
    },
    {
      id: "returningShare",
      label: t("customers.kpi.returningShare"),
      value: totals.returningShare,
      unit: "ratio",
      note: t("customers.note.returningPaid", {
        share: formatPercent(totals.returningPaidShare, 1),
      }),
    },
    {
      id: "repurchaseD30",
      label: t("customers.kpi.repurchaseD30"),
      value: f.repurchase.d30.rate,
      unit: "ratio",
      note: repurchaseNote(f.repurchase.d30, t),
    },
    {
      id: "repurchaseD90",
      label: t("customers.kpi.repurchaseD90"),
      value: f.repurchase.d90.rate,
      unit: "ratio",
      note: repurchaseNote(f.repurchase.d90, t),
    },
    {
      id: "aovFen",
      label: t("metric.aovFen"),
      value: totals.aovFen,
      unit: "fen",
      note: t("customers.note.aov", {
        paid: formatMoney(totals.paidFen),
        orders: formatCount(totals.orders),
      }),
    },
    {
      id: "rfmBuyers",
      label: t("customers.kpi.rfmBuyers"),
      value: f.rfm.buyers,
      unit: "count",
      note: t("customers.note.rfmWindow", {
        from: report.rfmWindow.from,
        to: report.rfmWindow.to,
      }),
    },
  ];
}

export function CustomerKpis({ report }: { report: CustomersReport }) {
  const { t } = useI18n();
  return (
    <section className="kpi-grid" aria-label={t("customers.kpis.label")} data-testid="kpis">
      {cards(report, t).map((card) => (
        <div
          key={card.id}
          className="kpi-card"
          data-testid={`kpi-${card.id}`}
          data-value={card.value ?? ""}
        >
          <div className="kpi-card__label">{card.label}</div>
          <div className="kpi-card__value">{formatByUnit(card.unit, card.value)}</div>
          <div className="kpi-card__note muted">{card.note}</div>
        </div>
      ))}
    </section>
  );
}
