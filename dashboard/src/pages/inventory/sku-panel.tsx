import type { InventoryProduct } from "@tongshu/shared";
import { type RefObject, useEffect, useRef } from "react";
import { getCoverage } from "../../api.ts";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey, Translate } from "../../i18n/translate.ts";
import { useResource } from "../../use-resource.ts";
import { SKU_PANEL_ID } from "./inventory-cells.tsx";

type Sku = InventoryProduct["skus"][number];
const STATUSES = new Set(["onsale", "offshelf", "soldout"]);

const statusText = (t: Translate, status: string | null) =>
  status === null
    ? t("inventory.status.unknown")
    : STATUSES.has(status)
      ? t(`inventory.status.${status}` as MessageKey)
      : status;

function skuColumns(t: Translate, shopName: (s: Sku) => string): Array<Column<Sku>> {
  return [
    {
      id: "platform",
      header: t("inventory.skus.col.platform"),
      kind: "text",
      value: (s) => t(`platform.${s.platform}`),
      render: (s) => <PlatformBadge platform={s.platform} />,
    },
    { id: "shop", header: t("inventory.skus.col.shop"), kind: "text", value: shopName },
    { id: "title", header: t("inventory.skus.col.title"), kind: "text", value: (s) => s.title },
    { id: "sku", header: t("inventory.skus.col.sku"), kind: "text", value: (s) => s.skuText },
    {
      id: "outer",
      header: t("inventory.skus.col.outerCode"),
      kind: "text",
      value: (s) => s.outerCode,
    },
    {
      id: "status",
      header: t("inventory.skus.col.status"),
      kind: "text",
      value: (s) => statusText(t, s.status),
    },
    { id: "stock", header: t("inventory.col.stock"), kind: "count", value: (s) => s.stock },
    { id: "units7", header: t("inventory.col.units7"), kind: "count", value: (s) => s.units7 },
    { id: "units30", header: t("inventory.col.units30"), kind: "count", value: (s) => s.units30 },
    {
      id: "lastSale",
      header: t("inventory.col.lastSale"),
      kind: "text",
      value: (s) => s.lastSaleDate,
    },
  ];
}

/** One product's platform SKUs: where its stock sits and which variant sells. */
interface SkuPanelProps {
  product: InventoryProduct;
  onClose: () => void;
  /** Set when a name-cell button opened the panel; a shared link or a refilter does not move focus. */
  focusRequest: RefObject<boolean>;
}

export function SkuPanel({ product, onClose, focusRequest }: SkuPanelProps) {
  const { t } = useI18n();
  const [coverage] = useResource(getCoverage);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the table: move focus (and the view) to it so keyboard users follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when another product opens
  useEffect(() => {
    if (!focusRequest.current) return;
    focusRequest.current = false;
    heading.current?.focus();
  }, [product.productId]);
  const names = new Map(
    coverage.status === "ready"
      ? coverage.data.shops.map((s) => [`${s.platform}:${s.shopId}`, s.shopName ?? s.shopId])
      : [],
  );
  const shopName = (s: Sku) => names.get(`${s.platform}:${s.shopId}`) ?? s.shopId;
  return (
    <section className="panel inv-skus" id={SKU_PANEL_ID} aria-labelledby="inventory-skus-title">
      <div className="inv-skus__head">
        <h2 className="section__title" id="inventory-skus-title" ref={heading} tabIndex={-1}>
          {t("inventory.skus.title", { name: product.name })}
        </h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t("inventory.skus.close")}
        </button>
      </div>
      <DataTable
        id="inventory-skus"
        caption={t("inventory.skus.caption")}
        columns={skuColumns(t, shopName)}
        rows={product.skus}
        rowKey={(s) => `${s.platform}|${s.shopId}|${s.itemId}|${s.skuId}`}
        exportName={`inventory-skus-${product.productId.replace(/[^\w-]+/g, "_")}`}
      />
    </section>
  );
}
