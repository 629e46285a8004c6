import type { ProductsReport } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, formatPercent } from "../../lib/format.ts";

/**
 * The range's totals in one line (the products report has no 环比 KPIs). Each figure carries
 * its API value in data-value so tests can compare it with the report.
 */
export function ProductsSummary({ report }: { report: ProductsReport }) {
  const { t } = useI18n();
  const { totals } = report;
  const items = [
    {
      id: "productCount",
      label: t("products.summary.products"),
      value: report.productCount,
      text: formatCount(report.productCount),
    },
    { id: "units", label: t("metric.units"), value: totals.units, text: formatCount(totals.units) },
    {
      id: "paidFen",
      label: t("metric.paidFen"),
      value: totals.paidFen,
      text: formatMoney(totals.paidFen),
    },
    {
      id: "netSalesFen",
      label: t("metric.netSalesFen"),
      value: totals.netSalesFen,
      text: formatMoney(totals.netSalesFen),
    },
    {
      id: "refundRate",
      label: t("metric.refundRate"),
      value: totals.refundRate,
      text: formatPercent(totals.refundRate),
    },
  ];
  return (
    <section className="panel products-summary" aria-label={t("products.summary.label")}>
      <dl className="products-summary__items" data-testid="products-summary">
        {items.map((item) => (
          <div
            key={item.id}
            className="products-summary__item"
            data-testid={`summary-${item.id}`}
            data-value={item.value ?? ""}
          >
            <dt className="products-summary__label">{item.label}</dt>
            <dd className="products-summary__value">{item.text}</dd>
          </div>
        ))}
      </dl>
      {totals.otherPaidFen !== 0 ? (
        <p className="footnote">
          {t("products.summary.otherPaid", {
            amount: formatMoney(totals.otherPaidFen),
            products: formatMoney(totals.productsPaidFen),
          })}
        </p>
      ) : null}
    </section>
  );
}
