import type { CustomersReport } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatPercent } from "../../lib/format.ts";
import { customerTotals } from "./customers-data.ts";

/** Width as a CSS percentage with one decimal. */
const width = (share: number | null) => `${Math.round((share ?? 0) * 1000) / 10}%`;

/**
 * New vs returning buyers per platform as 100% bars: the mix is the point, the counts are
 * printed beside each bar. (The report has no daily split of buyers, so there is no trend.)
 */
export function NewReturningBars({ report }: { report: CustomersReport }) {
  const { t } = useI18n();
  const rows = [
    { key: "all", label: t("customers.split.all"), figures: report.total },
    ...report.platforms.map((p) => ({
      key: p.platform,
      label: t(`platform.${p.platform}`),
      figures: p,
    })),
  ];
  return (
    <section className="panel" aria-labelledby="split-title" data-testid="new-returning">
      <h2 className="section__title" id="split-title">
        {t("customers.split.title")}
      </h2>
      <p className="split-legend" aria-hidden="true">
        <span className="split-legend__item split-legend__item--new">
          {t("customers.split.new")}
        </span>
        <span className="split-legend__item split-legend__item--returning">
          {t("customers.split.returning")}
        </span>
      </p>
      {rows.map((row) => {
        const totals = customerTotals(row.figures);
        const n = formatCount(row.figures.newBuyers.buyers);
        const r = formatCount(row.figures.returningBuyers.buyers);
        return (
          <div key={row.key} className="split-row" data-platform={row.key}>
            <span className="split-row__label">{row.label}</span>
            <span
              className="split-row__track"
              role="img"
              aria-label={t("customers.split.bar", { label: row.label, new: n, returning: r })}
            >
              <span
                className="split-row__part split-row__part--new"
                style={{ width: width(totals.buyers > 0 ? 1 - (totals.returningShare ?? 0) : 0) }}
              />
              <span
                className="split-row__part split-row__part--returning"
                style={{ width: width(totals.returningShare) }}
              />
            </span>
            <span className="split-row__value">
              {t("customers.split.value", {
                new: n,
                returning: r,
                share: formatPercent(totals.returningShare, 1),
              })}
            </span>
          </div>
        );
      })}
    </section>
  );
}
