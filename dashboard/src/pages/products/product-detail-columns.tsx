import type { Column } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { type PlatformDetailRow, type SkuDetailRow, shopLabel } from "./product-detail-data.ts";

type ShopNames = ReadonlyMap<string, string | null>;

/** One product's platform split in the drill-down. */
export function platformColumns(t: Translate, names: ShopNames): Array<Column<PlatformDetailRow>> {
  return [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
    },
    {
      id: "shops",
      header: t("products.col.shops"),
      kind: "text",
      value: (r) => r.shops.map((s) => shopLabel(names, r.platform, s)).join("、"),
    },
    { id: "skus", header: t("products.col.skuCount"), kind: "count", value: (r) => r.skuCount },
    { id: "units", header: t("metric.units"), kind: "count", value: (r) => r.units },
    { id: "paid", header: t("metric.paidFen"), kind: "fen", value: (r) => r.paidFen },
    {
      id: "share",
      header: t("products.col.shareOfProduct"),
      kind: "ratio",
      value: (r) => r.shareOfProduct,
    },
    { id: "net", header: t("metric.netSalesFen"), kind: "fen", value: (r) => r.netSalesFen },
    { id: "refund", header: t("metric.refundFen"), kind: "fen", value: (r) => r.refundFen },
    { id: "refundRate", header: t("metric.refundRate"), kind: "ratio", value: (r) => r.refundRate },
  ];
}

/** Every SKU of one product across platforms. Titles are platform text: shown as text only. */
export function skuColumns(t: Translate, names: ShopNames): Array<Column<SkuDetailRow>> {
  return [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
    },
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: (r) => shopLabel(names, r.platform, r.shopId),
      render: (r) => <span className="sku-shop">{shopLabel(names, r.platform, r.shopId)}</span>,
    },
    {
      id: "title",
      header: t("products.col.title"),
      kind: "text",
      value: (r) => r.title,
      render: (r) => <span className="sku-title">{r.title}</span>,
    },
    {
      id: "ids",
      header: t("products.col.ids"),
      kind: "text",
      value: (r) => `${r.itemId}${r.skuKey ? ` / ${r.skuKey}` : ""}`,
      render: (r) => (
        <span className="sku-ids">
          <span>{t("products.sku.item", { id: r.itemId })}</span>
          <span className="muted">
            {r.skuKey ? t("products.sku.sku", { id: r.skuKey }) : t("products.sku.single")}
          </span>
        </span>
      ),
    },
    {
      id: "outerCode",
      header: t("products.col.outerCode"),
      kind: "text",
      value: (r) => r.outerCode,
      render: (r) => <span className="nowrap">{r.outerCode ?? "—"}</span>,
    },
    { id: "units", header: t("metric.units"), kind: "count", value: (r) => r.units },
    { id: "paid", header: t("metric.paidFen"), kind: "fen", value: (r) => r.paidFen },
    {
      id: "share",
      header: t("products.col.shareOfProduct"),
      kind: "ratio",
      value: (r) => r.shareOfProduct,
    },
    { id: "refund", header: t("metric.refundFen"), kind: "fen", value: (r) => r.refundFen },
    { id: "refundRate", header: t("metric.refundRate"), kind: "ratio", value: (r) => r.refundRate },
  ];
}
