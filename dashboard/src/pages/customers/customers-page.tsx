import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getCustomersReport, reportCsvUrl } from "../../report-api.ts";
import { platformCustomerColumns } from "./customer-columns.tsx";
import { CustomerKpis } from "./customer-kpis.tsx";
import { customerTotals, platformCustomerRows } from "./customers-data.ts";
import { NewReturningBars } from "./new-returning-bars.tsx";
import { RfmSection } from "./rfm-section.tsx";
import "../../styles/customers.css";

/** 客户: new vs returning buyers, repurchase in 30/90 days and RFM segments; totals only. */
export function CustomersPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useReportFilter();
  const [report, retry, query] = useReport(getCustomersReport, filter);
  return (
    <PageFrame id="customers" title={t("nav.customers")}>
      <p className="section__intro">{t("customers.intro")}</p>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["order"]} />
      <AsyncView resource={report} retry={retry}>
        {(data) =>
          customerTotals(data.total).buyers === 0 &&
          data.total.unknownBuyerOrders.orders === 0 &&
          data.total.rfm.buyers === 0 ? (
            <EmptyState variant="no-data" title={t("report.empty.title")}>
              <p>{t("report.empty.body")}</p>
            </EmptyState>
          ) : (
            <div className="customers-report" data-testid="customers-report">
              <CustomerKpis report={data} />
              <p className="footnote">{t("customers.definitions")}</p>
              <NewReturningBars report={data} />
              <DataTable
                id="customer-platforms"
                caption={t("customers.platforms.title")}
                columns={platformCustomerColumns(t, data.total.unknownBuyerOrders.orders > 0)}
                rows={platformCustomerRows(data)}
                rowKey={(r) => r.platform}
                exportName={`customers-platforms-${data.meta.range.from}-${data.meta.range.to}`}
                initialSort={{ column: "buyers", direction: "desc" }}
              />
              <RfmSection report={data} />
              <p className="footnote">
                <a href={reportCsvUrl("customers", query, locale)} download>
                  {t("customers.serverCsv")}
                </a>
              </p>
            </div>
          )
        }
      </AsyncView>
    </PageFrame>
  );
}
