import type { InventoryReport } from "@tongshu/shared";
import { useRef } from "react";
import { AsyncView } from "../../components/async-view.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { EmptyState } from "../../components/empty-state.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { tabId, tabPanelId } from "../../components/tab-list.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter, useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { getInventoryReport, reportCsvUrl } from "../../report-api.ts";
import { inventoryColumns } from "./inventory-columns.tsx";
import {
  DEFAULT_TAB,
  hasStockData,
  INVENTORY_TABS,
  type InventoryTab,
  parseInventoryTab,
  stockPlatforms,
  TAB_CSV_LISTS,
  tabRows,
} from "./inventory-lists.ts";
import { inventorySummary } from "./inventory-summary.ts";
import { InventorySummaryCards } from "./inventory-summary-cards.tsx";
import { InventoryTabs } from "./inventory-tabs.tsx";
import { SkuPanel } from "./sku-panel.tsx";
import "../../styles/inventory.css";

/** 库存: stock now, days of cover and stock-out dates, with the reorder and excess lists. */
export function InventoryPage() {
  const { t } = useI18n();
  const [filter, setFilter] = useReportFilter();
  // Stock is "now": the report ignores the date range, so the filter bar offers none.
  const [report, retry, query] = useReport(getInventoryReport, filter);
  const filtered = filter.platforms.length > 0 || filter.shops.length > 0;
  return (
    <PageFrame id="inventory" title={t("nav.inventory")}>
      <FilterBar
        filter={filter}
        onChange={setFilter}
        dates={false}
        freshnessKinds={["sku", "order"]}
      />
      <AsyncView resource={report} retry={retry}>
        {(data) =>
          hasStockData(data) ? (
            <InventoryView report={data} query={query} />
          ) : (
            <EmptyState variant="no-stock" title={t("inventory.empty.title")}>
              <p>{t("inventory.empty.body")}</p>
              {filtered ? <p>{t("inventory.empty.filtered")}</p> : null}
            </EmptyState>
          )
        }
      </AsyncView>
    </PageFrame>
  );
}

const INTRO_KEYS = {
  stockout: "inventory.intro.stockout",
  reorder: "inventory.intro.reorder",
  excess: "inventory.intro.excess",
  all: "inventory.intro.all",
} as const;

function InventoryView({ report, query }: { report: InventoryReport; query: string }) {
  const { t, locale } = useI18n();
  const [tabParam, setTab] = useSearchParam("tab", DEFAULT_TAB);
  const [skuParam, setSku] = useSearchParam("sku", "");
  const tab = parseInventoryTab(tabParam);
  const focusSkus = useRef(false);
  const rows = tabRows(report, tab);
  const counts = Object.fromEntries(
    INVENTORY_TABS.map((item) => [item, tabRows(report, item).length]),
  ) as Record<InventoryTab, number>;
  const open = rows.find((p) => p.productId === skuParam) ?? null;
  const { settings, windows, meta } = report;
  const closeSkus = (productId: string) => {
    setSku("");
    // Back to the button that opened the panel, so keyboard users keep their place in the table.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-sku-toggle="${CSS.escape(productId)}"]`)?.focus(),
    );
  };
  const columns = inventoryColumns(tab, {
    t,
    today: meta.today,
    platforms: stockPlatforms(report.products),
    openSkus: open?.productId ?? null,
    onToggleSkus: (id) => {
      focusSkus.current = id !== open?.productId;
      setSku(id === open?.productId ? "" : id);
    },
  });
  return (
    <div className="inventory" data-testid="inventory-report">
      <InventorySummaryCards summary={inventorySummary(report)} report={report} />
      <InventoryTabs tab={tab} counts={counts} onChange={setTab} />
      <div
        className="inv-panel"
        role="tabpanel"
        id={tabPanelId("inventory", tab)}
        aria-labelledby={tabId("inventory", tab)}
        data-testid={`inventory-tab-${tab}`}
      >
        <p className="section__intro inv-panel__intro">
          {t(INTRO_KEYS[tab], {
            cover: String(settings.reorderCoverDays),
            over: String(settings.overstockDays),
            slow: String(settings.slowMovingDays),
          })}
        </p>
        <DataTable
          key={tab}
          id={`inventory-${tab}`}
          caption={t(`inventory.tab.${tab}`)}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.productId}
          exportName={`inventory-${tab}-${meta.today}`}
          initialSort={
            tab === "stockout"
              ? { column: "stockOutDate", direction: "asc" }
              : tab === "excess"
                ? { column: "stock", direction: "desc" }
                : undefined
          }
          empty={<p className="inv-panel__empty">{t(`inventory.emptyList.${tab}`)}</p>}
        />
        {open ? (
          <SkuPanel
            product={open}
            onClose={() => closeSkus(open.productId)}
            focusRequest={focusSkus}
          />
        ) : null}
        <p className="footnote inv-csv">
          {TAB_CSV_LISTS[tab].map((list) => (
            <a
              key={list}
              href={reportCsvUrl("inventory", `${query}&list=${list}`, locale)}
              download
              data-testid={`inventory-csv-${list}`}
            >
              {t(`inventory.csv.${list}`)}
            </a>
          ))}
        </p>
      </div>
      <p className="footnote">
        {t("inventory.asOf", {
          from7: windows.days7.from,
          from30: windows.days30.from,
          to: windows.days30.to,
        })}{" "}
        {t("inventory.settings", {
          lead: String(settings.leadTimeDays),
          safety: String(settings.safetyStockDays),
          cover: String(settings.reorderCoverDays),
        })}
      </p>
    </div>
  );
}
