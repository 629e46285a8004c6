import type { ProfitReport, WaterfallStepId } from "@tongshu/shared";
import { TrendChart, WaterfallChart } from "../../charts/lazy-chart.tsx";
import { waterfallBars } from "../../charts/waterfall.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatMoney, formatPercent } from "../../lib/format.ts";
import { dailyProfitChart, stepShares, waterfallInput } from "./profit-figures.ts";

const DAILY_COLORS = { netSales: "#1f5fd6", profit: "#c81e5b" };

/** GMV → refunds → COGS → fees → ads → shipping → other → profit, drawn and listed. */
export function ProfitWaterfall({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  const stepLabel = (step: WaterfallStepId) => t(`profit.step.${step}`);
  const bars = waterfallBars(waterfallInput(report.total.waterfall, stepLabel));
  return (
    <div className="report-grid">
      <section className="panel" aria-labelledby="profit-waterfall-title">
        <h2 className="section__title" id="profit-waterfall-title">
          {t("profit.waterfall.title")}
        </h2>
        <WaterfallChart
          bars={bars}
          label={t("profit.waterfall.label")}
          runningLabel={t("profit.waterfall.running")}
        />
        <p className="footnote">{t("profit.waterfall.legend")}</p>
      </section>
      <section className="panel" aria-labelledby="profit-steps-title">
        <h2 className="section__title" id="profit-steps-title">
          {t("profit.waterfall.stepsTitle")}
        </h2>
        <table className="data-table profit-steps" data-testid="profit-steps">
          <thead>
            <tr>
              <th scope="col">{t("profit.waterfall.col.step")}</th>
              <th scope="col" className="num">
                {t("profit.waterfall.col.amount")}
              </th>
              <th scope="col" className="num">
                {t("profit.waterfall.col.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stepShares(report.total.waterfall).map((s) => (
              <tr
                key={s.step}
                data-step={s.step}
                data-value={s.amountFen}
                className={s.step === "profit" ? "profit-steps__total" : undefined}
              >
                <th scope="row">{stepLabel(s.step)}</th>
                <td className="num">{formatMoney(s.amountFen)}</td>
                <td className="num">{formatPercent(s.share, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** Net sales and profit per day: which days lost money. */
export function ProfitDaily({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="profit-daily-title">
      <h2 className="section__title" id="profit-daily-title">
        {t("profit.daily.title")}
      </h2>
      <TrendChart
        label={t("profit.daily.title")}
        data={dailyProfitChart(
          report.byDay,
          { netSales: t("metric.netSalesFen"), profit: t("profit.metric.profitFen") },
          DAILY_COLORS,
        )}
      />
    </section>
  );
}
