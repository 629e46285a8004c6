import type { ProductRow } from "@tongshu/shared";
import { useMemo } from "react";
import { getCoverage } from "../../api.ts";
import { DataTable } from "../../components/data-table.tsx";
import { ChangeBadge } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, formatPercent } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { PlatformSplitBar } from "./platform-split-bar.tsx";
import { platformColumns, skuColumns } from "./product-detail-columns.tsx";
import { platformDetailRows, skuDetailRows } from "./product-detail-data.ts";
import { DETAIL_HEADING_ID } from "./use-selected-product.ts";

interface ProductDetailProps {
  product: ProductRow;
  showMargin: boolean;
  onClose: () => void;
}

/** Drill-down of one cross-platform product: its figures, per-platform split and every SKU. */
export function ProductDetail({ product, showMargin, onClose }: ProductDetailProps) {
  const { t } = useI18n();
  const [coverage] = useResource(getCoverage);
  const shopNames = useMemo(
    () =>
      new Map(
        (coverage.status === "ready" ? coverage.data.shops : []).map((s) => [
          `${s.platform}:${s.shopId}`,
          s.shopName,
        ]),
      ),
    [coverage],
  );
  const figures = [
    {
      id: "units",
      label: t("metric.units"),
      text: formatCount(product.units),
      change: product.unitsVsPrevious,
    },
    {
      id: "paid",
      label: t("metric.paidFen"),
      text: formatMoney(product.paidFen),
      change: product.paidVsPrevious,
    },
    { id: "net", label: t("metric.netSalesFen"), text: formatMoney(product.netSalesFen) },
    { id: "refundRate", label: t("metric.refundRate"), text: formatPercent(product.refundRate) },
    { id: "share", label: t("report.col.share"), text: formatPercent(product.share) },
    ...(showMargin
      ? [
          { id: "margin", label: t("products.col.margin"), text: formatMoney(product.marginFen) },
          {
            id: "marginRate",
            label: t("products.col.marginRate"),
            text: formatPercent(product.marginRate),
          },
        ]
      : []),
  ];
  const file = product.productId.replace(/[^\w-]+/g, "_");
  return (
    <section
      id="product-detail"
      className="panel product-detail"
      aria-labelledby={DETAIL_HEADING_ID}
      data-testid="product-detail"
      data-product-id={product.productId}
    >
      <div className="product-detail__head">
        <h2 className="section__title" id={DETAIL_HEADING_ID} tabIndex={-1}>
          {t("products.detail.title", { name: product.name })}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t("products.detail.close")}
        </button>
      </div>
      <p className="product-detail__meta">
        <span className={`abc-badge abc-badge--${product.abc}`}>{product.abc}</span>
        <span>{t("products.detail.outerCode", { code: product.outerCode ?? "—" })}</span>
        {product.named ? <span className="muted">{t("products.detail.named")}</span> : null}
      </p>
      <dl className="product-detail__figures">
        {figures.map((f) => (
          <div key={f.id} className="product-detail__figure" data-testid={`detail-${f.id}`}>
            <dt className="kpi-card__label">{f.label}</dt>
            <dd className="product-detail__value">{f.text}</dd>
            {"change" in f ? (
              <dd>
                <ChangeBadge change={f.change ?? null} label={t("kpi.vsPrevious")} />
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      <p className="footnote">
        {t("products.detail.previous", {
          paid: formatMoney(product.previousPaidFen),
          units: formatCount(product.previousUnits),
        })}
      </p>
      <div className="product-detail__split">
        <PlatformSplitBar platforms={product.platforms} full />
      </div>
      <DataTable
        id="product-platforms"
        caption={t("products.detail.platforms")}
        columns={platformColumns(t, shopNames)}
        rows={platformDetailRows(product)}
        rowKey={(r) => r.platform}
        exportName={`product-${file}-platforms`}
        initialSort={{ column: "paid", direction: "desc" }}
      />
      <DataTable
        id="product-skus"
        caption={t("products.detail.skus", { count: formatCount(product.skus.length) })}
        columns={skuColumns(t, shopNames)}
        rows={skuDetailRows(product)}
        rowKey={(r) => r.key}
        exportName={`product-${file}-skus`}
        initialSort={{ column: "paid", direction: "desc" }}
      />
    </section>
  );
}
