import { useState } from "react";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { PageFrame } from "../../components/page-frame.tsx";
import { FilterBar } from "../../filters/filter-bar.tsx";
import { useReport } from "../../filters/use-report.ts";
import { useReportFilter, useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { getProductsReport, reportCsvUrl } from "../../report-api.ts";
import "../../styles/products.css";
import { AbcPanel } from "./abc-panel.tsx";
import { parseAbcParam, summariseAbc } from "./abc-summary.ts";
import { NoSales } from "./no-sales.tsx";
import { ProductDetail } from "./product-detail.tsx";
import { ProductRanking } from "./product-ranking.tsx";
import { ProductsSummary } from "./products-summary.tsx";
import { useSelectedProduct } from "./use-selected-product.ts";

/** The API's maximum: the whole ranking in one response, so search and sorting stay local. */
const PRODUCT_LIMIT = 500;

/**
 * 商品: one product across platforms (linked by 商家编码), ranked, with ABC classes and a drill-
 * down to its SKUs on each platform. Filter, ABC class and the open product live in the URL.
 */
export function ProductsPage() {
  const { t, locale } = useI18n();
  const { me } = useAuth();
  const [filter, setFilter] = useReportFilter();
  const [report, retry, query] = useReport(getProductsReport, filter, `limit=${PRODUCT_LIMIT}`);
  const [abcParam, setAbcParam] = useSearchParam("abc", "");
  const abc = parseAbcParam(abcParam);
  const [selectedId, select] = useSelectedProduct();
  // Search text stays in the page, not the URL: one history entry per keystroke would bury Back.
  const [search, setSearch] = useState("");
  return (
    <PageFrame id="products" title={t("nav.products")}>
      <FilterBar filter={filter} onChange={setFilter} freshnessKinds={["order", "sku"]} />
      <AsyncView resource={report} retry={retry}>
        {(data) => {
          if (data.productCount === 0)
            return <NoSales meta={data.meta} filter={filter} onChange={setFilter} />;
          const showMargin = me.member.canSeeCosts && data.costsVisible;
          const selected = data.products.find((p) => p.productId === selectedId);
          const range = `${data.meta.range.from}-${data.meta.range.to}`;
          return (
            <div className="products-report" data-testid="products-report">
              <ProductsSummary report={data} />
              {data.products.length < data.productCount ? (
                <p className="notice" data-testid="products-truncated">
                  {t("products.truncated", {
                    shown: formatCount(data.products.length),
                    total: formatCount(data.productCount),
                  })}
                </p>
              ) : null}
              <AbcPanel
                classes={summariseAbc(data.products)}
                selected={abc}
                onSelect={(next) => setAbcParam(next ?? "")}
              />
              <ProductRanking
                products={data.products}
                search={search}
                onSearch={setSearch}
                abc={abc}
                onAbc={(next) => setAbcParam(next ?? "")}
                selectedId={selectedId}
                onSelect={select}
                showMargin={showMargin}
                exportName={`products-${range}`}
                detail={
                  selected ? (
                    <ProductDetail
                      product={selected}
                      showMargin={showMargin}
                      onClose={() => select("")}
                    />
                  ) : selectedId ? (
                    <p className="notice" data-testid="product-detail-missing">
                      {t("products.detail.missing")}{" "}
                      <button
                        type="button"
                        className="button button--link"
                        onClick={() => select("")}
                      >
                        {t("products.detail.close")}
                      </button>
                    </p>
                  ) : null
                }
              />
              <p className="footnote">
                {t("products.note")}
                {showMargin ? ` ${t("products.marginNote")}` : ""}{" "}
                <a href={reportCsvUrl("products", query, locale)} download>
                  {t("report.serverCsv")}
                </a>
              </p>
            </div>
          );
        }}
      </AsyncView>
    </PageFrame>
  );
}
