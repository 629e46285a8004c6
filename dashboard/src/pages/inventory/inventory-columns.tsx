import type { InventoryProduct, Platform } from "@tongshu/shared";
import type { Column } from "../../components/data-table.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatCount, NO_VALUE } from "../../lib/format.ts";
import {
  FlagsCell,
  flagLabels,
  PlatformStockCell,
  ProductCell,
  platformStockText,
  StockCell,
  StockOutCell,
} from "./inventory-cells.tsx";
import { formatDaysOfCover, formatVelocity } from "./inventory-format.ts";
import { type InventoryTab, platformStock } from "./inventory-lists.ts";

type Row = InventoryProduct;

export interface ColumnContext {
  t: Translate;
  today: string;
  /** Platforms with a column of their own in the all-products table. */
  platforms: Platform[];
  openSkus: string | null;
  onToggleSkus: (productId: string) => void;
}

const coverVelocity = (r: Row) => (r.velocityBasis === "7d" ? r.velocity7 : r.velocity30);

function common({ t, today, openSkus, onToggleSkus }: ColumnContext) {
  const col = {
    product: {
      id: "product",
      header: t("inventory.col.product"),
      kind: "text",
      value: (r) => r.name,
      render: (r) => (
        <ProductCell product={r} open={openSkus === r.productId} onToggleSkus={onToggleSkus} />
      ),
    },
    stock: {
      id: "stock",
      header: t("inventory.col.stock"),
      kind: "count",
      value: (r) => r.stock,
      render: (r) => <StockCell product={r} />,
    },
    platformStock: {
      id: "platformStock",
      header: t("inventory.col.platformStock"),
      kind: "text",
      value: (r) => platformStockText(r, (p) => t(`platform.${p}`)),
      render: (r) => <PlatformStockCell product={r} />,
      sortable: false,
    },
    stockOutDate: {
      id: "stockOutDate",
      header: t("inventory.col.stockOutDate"),
      kind: "text",
      value: (r) => r.stockOutDate,
      render: (r) => <StockOutCell product={r} today={today} />,
    },
    cover: {
      id: "cover",
      header: t("inventory.col.daysOfCover"),
      kind: "number",
      value: (r) => (r.daysOfCover === null ? null : Math.floor(r.daysOfCover * 10) / 10),
      render: (r) => formatDaysOfCover(r.daysOfCover),
    },
    velocity: {
      id: "velocity",
      header: t("inventory.col.velocity"),
      kind: "number",
      value: (r) => Math.round(coverVelocity(r) * 100) / 100,
      render: (r) => (
        <span className="inv-velocity">
          {formatVelocity(coverVelocity(r))}
          {r.velocityBasis === "7d" ? (
            <span className="muted">{t("inventory.basis7d")}</span>
          ) : null}
        </span>
      ),
    },
    units7: {
      id: "units7",
      header: t("inventory.col.units7"),
      kind: "count",
      value: (r) => r.units7,
    },
    units30: {
      id: "units30",
      header: t("inventory.col.units30"),
      kind: "count",
      value: (r) => r.units30,
    },
    quantity: {
      id: "quantity",
      header: t("inventory.col.reorderQuantity"),
      kind: "count",
      value: (r) => (r.flags.reorder ? (r.reorder?.quantity ?? null) : null),
    },
    flags: {
      id: "flags",
      header: t("inventory.col.flags"),
      kind: "text",
      value: (r) => flagLabels(r, t).join(" "),
      render: (r) => <FlagsCell product={r} />,
      sortable: false,
    },
  } satisfies Record<string, Column<Row>>;
  return col;
}

/** The columns of each tab: what the seller needs to act on that list, most urgent first. */
export function inventoryColumns(tab: InventoryTab, ctx: ColumnContext): Array<Column<Row>> {
  const { t } = ctx;
  const c = common(ctx);
  if (tab === "stockout")
    return [c.product, c.stockOutDate, c.cover, c.stock, c.platformStock, c.velocity, c.quantity];
  if (tab === "reorder")
    return [
      c.product,
      c.quantity,
      c.stock,
      {
        id: "reorderPoint",
        header: t("inventory.col.reorderPoint"),
        kind: "count",
        value: (r) => r.reorder?.reorderPoint ?? null,
      },
      c.velocity,
      c.cover,
      c.stockOutDate,
      {
        id: "leadTime",
        header: t("inventory.col.leadTime"),
        kind: "count",
        value: (r) => r.leadTimeDays,
        render: (r) => t("inventory.days", { count: String(r.leadTimeDays) }),
      },
      {
        id: "safetyDays",
        header: t("inventory.col.safetyDays"),
        kind: "count",
        value: (r) => r.safetyStockDays,
        render: (r) => t("inventory.days", { count: String(r.safetyStockDays) }),
      },
    ];
  if (tab === "excess")
    return [
      c.product,
      c.flags,
      c.stock,
      c.platformStock,
      c.cover,
      c.units30,
      {
        id: "lastSale",
        header: t("inventory.col.lastSale"),
        kind: "text",
        value: (r) => r.lastSaleDate,
      },
      {
        id: "daysSinceSale",
        header: t("inventory.col.daysSinceSale"),
        kind: "count",
        value: (r) => r.daysSinceLastSale,
      },
    ];
  return [
    c.product,
    c.stock,
    ...ctx.platforms.map(
      (platform): Column<Row> => ({
        id: `stock-${platform}`,
        header: t("inventory.col.stockOn", { platform: t(`platform.${platform}`) }),
        kind: "count",
        value: (r) => platformStock(r, platform)?.stock ?? null,
        // Not listed there at all reads differently from listed with unknown stock.
        render: (r) => {
          const row = platformStock(r, platform);
          if (!row) return <span className="muted">{NO_VALUE}</span>;
          return row.stock === null ? NO_VALUE : formatCount(row.stock);
        },
      }),
    ),
    {
      id: "velocity7",
      header: t("inventory.col.velocity7"),
      kind: "number",
      value: (r) => Math.round(r.velocity7 * 100) / 100,
      render: (r) => formatVelocity(r.velocity7),
    },
    {
      id: "velocity30",
      header: t("inventory.col.velocity30"),
      kind: "number",
      value: (r) => Math.round(r.velocity30 * 100) / 100,
      render: (r) => formatVelocity(r.velocity30),
    },
    c.cover,
    c.stockOutDate,
    c.flags,
  ];
}
