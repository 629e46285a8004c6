import type { AbcClass, ProductRow } from "@tongshu/shared";
import type { ReactNode } from "react";
import { DataTable } from "../../components/data-table.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { productColumns } from "./product-columns.tsx";
import { filterProducts } from "./product-search.ts";

interface ProductRankingProps {
  products: ProductRow[];
  search: string;
  onSearch: (query: string) => void;
  abc: AbcClass | null;
  onAbc: (abc: AbcClass | null) => void;
  selectedId: string;
  onSelect: (productId: string) => void;
  showMargin: boolean;
  exportName: string;
  /** The drill-down, shown between the search and the table. */
  detail: ReactNode;
}

/** The cross-platform product ranking: search, the ABC filter in force, and the table. */
export function ProductRanking(props: ProductRankingProps) {
  const { t } = useI18n();
  const { products, search, abc } = props;
  const shown = filterProducts(products, search, abc);
  const clear = () => {
    props.onSearch("");
    props.onAbc(null);
  };
  return (
    <section className="section" aria-labelledby="ranking-title" data-testid="product-ranking">
      <h2 className="section__title" id="ranking-title">
        {t("products.ranking.title")}
      </h2>
      <div className="products-toolbar">
        <label className="products-search">
          <span className="visually-hidden">{t("products.search.label")}</span>
          <input
            type="search"
            value={search}
            placeholder={t("products.search.placeholder")}
            onChange={(e) => props.onSearch(e.target.value)}
            data-testid="product-search"
          />
        </label>
        {abc ? (
          <button
            type="button"
            className="chip chip--active"
            onClick={() => props.onAbc(null)}
            aria-label={`${t("products.search.onlyClass", { abc })} · ${t("products.abc.showAll")}`}
          >
            {t("products.search.onlyClass", { abc })} ✕
          </button>
        ) : null}
        <span className="muted" role="status" data-testid="product-count">
          {t("products.search.count", {
            shown: formatCount(shown.length),
            total: formatCount(products.length),
          })}
        </span>
      </div>
      {props.detail}
      <DataTable
        id="products"
        caption={t("products.ranking.caption")}
        columns={productColumns(t, {
          showMargin: props.showMargin,
          selectedId: props.selectedId,
          onSelect: props.onSelect,
        })}
        rows={shown}
        rowKey={(r) => r.productId}
        exportName={props.exportName}
        initialSort={{ column: "paid", direction: "desc" }}
        empty={
          <div className="empty-state" data-testid="products-filtered-empty">
            <p className="empty-state__title">{t("products.filtered.title")}</p>
            <p className="empty-state__body">{t("products.filtered.body")}</p>
            <p>
              <button type="button" className="button" onClick={clear}>
                {t("products.filtered.clear")}
              </button>
            </p>
          </div>
        }
      />
    </section>
  );
}
