import type { ProductRow } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { platformSegments, splitText } from "./platform-split.ts";
import { PlatformSplitBar } from "./platform-split-bar.tsx";

interface ColumnOptions {
  /** Cost and margin columns: only for members allowed to see costs. */
  showMargin: boolean;
  selectedId: string;
  onSelect: (productId: string) => void;
}

/** The ranking's columns. The product name is a button that opens the SKU drill-down. */
export function productColumns(
  t: Translate,
  { showMargin, selectedId, onSelect }: ColumnOptions,
): Array<Column<ProductRow>> {
  const margin: Array<Column<ProductRow>> = showMargin
    ? [
        { id: "margin", header: t("products.col.margin"), kind: "fen", value: (r) => r.marginFen },
        {
          id: "marginRate",
          header: t("products.col.marginRate"),
          kind: "ratio",
          value: (r) => r.marginRate,
        },
      ]
    : [];
  return [
    { id: "rank", header: t("products.col.rank"), kind: "count", value: (r) => r.rank },
    {
      id: "product",
      header: t("products.col.product"),
      kind: "text",
      value: (r) => r.name,
      // Platform titles are untrusted text: rendered as React text only.
      render: (r) => {
        const open = r.productId === selectedId;
        return (
          <button
            type="button"
            className="product-name"
            aria-expanded={open}
            aria-controls={open ? "product-detail" : undefined}
            data-product-id={r.productId}
            onClick={() => onSelect(open ? "" : r.productId)}
          >
            <span className="product-name__chevron" aria-hidden="true">
              {open ? "▾" : "▸"}
            </span>
            <span className="product-name__text">{r.name}</span>
          </button>
        );
      },
    },
    {
      id: "outerCode",
      header: t("products.col.outerCode"),
      kind: "text",
      value: (r) => r.outerCode,
      render: (r) => <span className="nowrap">{r.outerCode ?? "—"}</span>,
    },
    {
      id: "abc",
      header: t("products.col.abc"),
      kind: "text",
      value: (r) => r.abc,
      render: (r) => <span className={`abc-badge abc-badge--${r.abc}`}>{r.abc}</span>,
    },
    { id: "units", header: t("metric.units"), kind: "count", value: (r) => r.units },
    { id: "paid", header: t("metric.paidFen"), kind: "fen", value: (r) => r.paidFen },
    {
      id: "vsPrevious",
      header: t("kpi.vsPrevious"),
      kind: "change",
      value: (r) => r.paidVsPrevious,
    },
    { id: "net", header: t("metric.netSalesFen"), kind: "fen", value: (r) => r.netSalesFen },
    { id: "refundRate", header: t("metric.refundRate"), kind: "ratio", value: (r) => r.refundRate },
    ...margin,
    {
      id: "platforms",
      header: t("products.col.platforms"),
      kind: "text",
      sortable: false,
      value: (r) => splitText(platformSegments(r.platforms), (p) => t(`platform.${p}`)),
      render: (r) => <PlatformSplitBar platforms={r.platforms} />,
    },
  ];
}
