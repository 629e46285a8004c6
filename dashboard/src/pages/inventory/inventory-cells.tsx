import type { InventoryProduct } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { MessageKey } from "../../i18n/translate.ts";
import { formatCount, NO_VALUE } from "../../lib/format.ts";
import { weekdayOf } from "./inventory-format.ts";
import { stockOutUrgency } from "./inventory-lists.ts";

export const SKU_PANEL_ID = "inventory-skus";

interface ProductCellProps {
  product: InventoryProduct;
  open: boolean;
  onToggleSkus: (productId: string) => void;
}

/** Name (untrusted platform text, rendered as text), outer code and the SKU drill-down button. */
export function ProductCell({ product, open, onToggleSkus }: ProductCellProps) {
  const { t } = useI18n();
  return (
    <div className="inv-product">
      <span className="inv-product__name">{product.name}</span>
      {product.outerCode ? (
        <span className="inv-product__code muted">
          {t("inventory.outerCode", { code: product.outerCode })}
        </span>
      ) : null}
      {product.skus.length > 0 ? (
        <button
          type="button"
          className="inv-product__skus"
          aria-expanded={open}
          aria-controls={open ? SKU_PANEL_ID : undefined}
          onClick={() => onToggleSkus(product.productId)}
          data-testid="inventory-open-skus"
          data-sku-toggle={product.productId}
        >
          {t("inventory.skus.open", { count: String(product.skus.length) })}
          <span aria-hidden="true">{open ? " ▴" : " ▾"}</span>
        </button>
      ) : null}
    </div>
  );
}

/** "2026-11-13 周五" with a 已断货 / 7天内断货 tag: the tag's text is the cue, colour only helps. */
export function StockOutCell({ product, today }: { product: InventoryProduct; today: string }) {
  const { t } = useI18n();
  if (product.stockOutDate === null) return <>{NO_VALUE}</>;
  const urgency = stockOutUrgency(product, today);
  const weekday = t(`inventory.weekday.${weekdayOf(product.stockOutDate)}` as MessageKey);
  return (
    <span className="inv-stockout">
      <span>
        {product.stockOutDate} <span className="muted">{weekday}</span>
      </span>
      {urgency === "out" || urgency === "soon" ? (
        <span className={`inv-flag inv-flag--${urgency}`} data-urgency={urgency}>
          {t(urgency === "out" ? "inventory.flag.out" : "inventory.flag.soon")}
        </span>
      ) : product.stock !== null && product.stock <= 0 ? (
        // Empty and not selling: out of stock, but nothing is being lost this week.
        <span className="inv-flag inv-flag--empty">{t("inventory.flag.out")}</span>
      ) : null}
    </span>
  );
}

/** Total known stock, and how many SKUs are not in it because their stock is unknown. */
export function StockCell({ product }: { product: InventoryProduct }) {
  const { t } = useI18n();
  return (
    <span className="inv-stock">
      {product.stock === null ? NO_VALUE : formatCount(product.stock)}
      {product.unknownStockSkus > 0 ? (
        <span className="inv-stock__unknown muted">
          {t("inventory.unknownSkus", { count: String(product.unknownStockSkus) })}
        </span>
      ) : null}
    </span>
  );
}

/** Stock per platform as compact tags: "淘宝 12 · 京东 —" (dash = stock not captured). */
export function PlatformStockCell({ product }: { product: InventoryProduct }) {
  const { t } = useI18n();
  return (
    <span className="inv-pstock">
      {product.platforms.map((row) => (
        <span key={row.platform} className={`inv-pstock__item platform-badge--${row.platform}`}>
          {t(`platform.${row.platform}`)}
          <span className="inv-pstock__value">
            {row.stock === null ? NO_VALUE : formatCount(row.stock)}
          </span>
        </span>
      ))}
    </span>
  );
}

/** The text of a product's platform stock, for the table's CSV export. */
export function platformStockText(
  product: InventoryProduct,
  platformName: (p: InventoryProduct["platforms"][number]["platform"]) => string,
): string {
  return product.platforms
    .map((row) => `${platformName(row.platform)} ${row.stock === null ? NO_VALUE : row.stock}`)
    .join("; ");
}

const FLAG_KEYS: Array<[keyof InventoryProduct["flags"], MessageKey]> = [
  ["lowStock", "inventory.flag.lowStock"],
  ["reorder", "inventory.flag.reorder"],
  ["overstock", "inventory.flag.overstock"],
  ["slowMoving", "inventory.flag.slowMoving"],
];

/** The report's flags as words (also the CSV text). */
export function flagLabels(product: InventoryProduct, t: (key: MessageKey) => string): string[] {
  return FLAG_KEYS.filter(([flag]) => product.flags[flag]).map(([, key]) => t(key));
}

export function FlagsCell({ product }: { product: InventoryProduct }) {
  const { t } = useI18n();
  return (
    <span className="inv-flags">
      {FLAG_KEYS.filter(([flag]) => product.flags[flag]).map(([flag, key]) => (
        <span key={flag} className={`inv-flag inv-flag--${flag}`}>
          {t(key)}
        </span>
      ))}
    </span>
  );
}
