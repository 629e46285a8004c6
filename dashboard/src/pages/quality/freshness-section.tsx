import { type QualityReport, rangeLength } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { DayStripLegend } from "./day-strip.tsx";
import { MAX_STRIP_DAYS, sortFreshness } from "./quality-days.ts";
import { ShopFreshnessCard } from "./shop-freshness.tsx";

/** 数据新鲜度: one card per shop in the filter. */
export function FreshnessSection({ report }: { report: QualityReport }) {
  const { t } = useI18n();
  const { range, today, generatedAt } = report.meta;
  return (
    <section className="section" aria-labelledby="quality-freshness-title">
      <h2 className="section__title" id="quality-freshness-title">
        {t("quality.freshness.title")}
      </h2>
      <p className="section__intro">{t("quality.freshness.intro")}</p>
      {report.freshness.length === 0 ? (
        <p className="muted">{t("quality.freshness.noShops")}</p>
      ) : (
        <>
          {rangeLength(range) <= MAX_STRIP_DAYS ? <DayStripLegend /> : null}
          <div className="shop-grid quality-shops" data-testid="quality-freshness">
            {sortFreshness(report.freshness).map((shop) => (
              <ShopFreshnessCard
                key={`${shop.platform}:${shop.shopId}`}
                shop={shop}
                range={range}
                today={today}
                now={generatedAt}
              />
            ))}
          </div>
          <p className="footnote">{t("quality.freshness.refundNote")}</p>
        </>
      )}
    </section>
  );
}
