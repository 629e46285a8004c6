import type { ProfitReport } from "@tongshu/shared";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { reportCsvUrl } from "../../report-api.ts";
import "../../styles/profit.css";
import { tabId, tabPanelId } from "../../components/tab-list.tsx";
import { ProfitBasis } from "./profit-basis.tsx";
import { isEmptyProfit } from "./profit-figures.ts";
import { ProfitKpis } from "./profit-kpis.tsx";
import { DEFAULT_TAB, MAX_ITEM_ROWS, type ProfitTab, toProfitTab } from "./profit-options.ts";
import { ProfitOrders } from "./profit-orders.tsx";
import { DayTable, PlatformTable, ProductTable, ShopTable, SkuTable } from "./profit-tables.tsx";
import { ProfitTabs } from "./profit-tabs.tsx";
import { ProfitDaily, ProfitWaterfall } from "./profit-waterfall.tsx";
import { useProfitView } from "./use-profit-report.ts";

/** 利润: revenue down to profit after refunds, costs of goods, fees, ads, shipping and other costs. */
export function ProfitPage() {
  const { me } = useAuth();
  const { t } = useI18n();
  // The API answers 403 to members without cost access: say so plainly and never ask it.
  if (!me.member.canSeeCosts)
    return (
      <PageFrame id="profit" title={t("nav.profit")}>
        <EmptyState variant="no-permission" title={t("profit.noAccess.title")}>
          <p data-testid="no-cost-access">{t("page.profit.noCostAccess")}</p>
        </EmptyState>
      </PageFrame>
    );
  return <ProfitReportView />;
}

function ProfitReportView() {
  const { t, locale } = useI18n();
  const view = useProfitView();
  const { options, setOptions } = view;
  const [tabParam, setTab] = useSearchParam("table", DEFAULT_TAB);
  const tab = toProfitTab(tabParam);
  const showMore = () => setOptions({ ...options, limit: MAX_ITEM_ROWS });
  const table = (report: ProfitReport, which: ProfitTab) => {
    if (which === "platforms") return <PlatformTable report={report} />;
    if (which === "shops") return <ShopTable report={report} />;
    if (which === "products")
      return <ProductTable report={report} limit={options.limit} onShowMore={showMore} />;
    if (which === "skus")
      return <SkuTable report={report} limit={options.limit} onShowMore={showMore} />;
    if (which === "days") return <DayTable report={report} />;
    return (
      <ProfitOrders
        report={report}
        updating={view.updating}
        onPage={(orderPage, orderPageSize) => setOptions({ ...options, orderPage, orderPageSize })}
      />
    );
  };
  return (
    <PageFrame id="profit" title={t("nav.profit")}>
      <FilterBar
        filter={view.filter}
        onChange={view.setFilter}
        freshnessKinds={["order", "settlement"]}
      />
      <AsyncView resource={view.resource} retry={view.retry}>
        {(report) =>
          isEmptyProfit(report.total.figures) ? (
            <EmptyState variant="no-data" title={t("report.empty.title")}>
              <p>{t("report.empty.body")}</p>
            </EmptyState>
          ) : (
            <div
              className={view.updating ? "profit-report is-updating" : "profit-report"}
              data-testid="profit-report"
              aria-busy={view.updating}
            >
              {view.updating ? (
                <p className="profit-updating" role="status">
                  {t("profit.updating")}
                </p>
              ) : null}
              <ProfitKpis report={report} />
              <ProfitBasis report={report} />
              <ProfitWaterfall report={report} />
              <ProfitDaily report={report} />
              <ProfitTabs tab={tab} onChange={setTab} />
              <div
                role="tabpanel"
                id={tabPanelId("profit", tab)}
                aria-labelledby={tabId("profit", tab)}
                className="profit-panel"
              >
                {table(report, tab)}
              </div>
              <p className="footnote">
                {t("profit.note")}{" "}
                <a href={reportCsvUrl("profit", view.filterQuery, locale)} download>
                  {t("report.serverCsv")}
                </a>
              </p>
            </div>
          )
        }
      </AsyncView>
    </PageFrame>
  );
}
