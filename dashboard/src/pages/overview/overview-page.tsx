import { getCoverage } from "../../api.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { coverageTotals, sortShops } from "../../lib/coverage.ts";
import { formatCount } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { CoverageTable } from "./coverage-table.tsx";
import { NoData } from "./no-data.tsx";

/** 总览. Until reports exist it shows 数据概况: exactly what the workspace holds. */
export function OverviewPage() {
  const { t } = useI18n();
  const [coverage, retry] = useResource(getCoverage);
  return (
    <PageFrame id="overview" title={t("nav.overview")}>
      <section className="section" aria-labelledby="coverage-title">
        <h2 className="section__title" id="coverage-title">
          {t("coverage.title")}
        </h2>
        <AsyncView resource={coverage} retry={retry}>
          {({ shops }) => {
            if (shops.length === 0) return <NoData />;
            const totals = coverageTotals(shops);
            return (
              <div data-testid="coverage">
                <p className="section__intro">{t("coverage.intro")}</p>
                <p className="summary" data-testid="coverage-summary">
                  {t("coverage.summary", {
                    shops: formatCount(totals.shops),
                    records: formatCount(totals.records),
                  })}
                </p>
                <div className="shop-grid">
                  {sortShops(shops).map((shop) => (
                    <CoverageTable key={`${shop.platform}:${shop.shopId}`} shop={shop} />
                  ))}
                </div>
                <p className="footnote">{t("coverage.gapNote")}</p>
              </div>
            );
          }}
        </AsyncView>
      </section>
    </PageFrame>
  );
}
