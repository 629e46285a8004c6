import type { ProductSettings, SettingsSku, UnlinkedSku } from "@tongshu/shared";
import { useState } from "react";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, NO_VALUE } from "../../lib/format.ts";
import { platformCounts, skuKey, skuRef } from "./product-suggestions.ts";
import { ReplenishmentFields } from "./replenishment-fields.tsx";
import { SaveFeedback, useSave } from "./save-feedback.tsx";
import { unlinkSku } from "./settings-data-api.ts";
import { SkuLabel } from "./sku-label.tsx";
import { SkuPicker } from "./sku-picker.tsx";

interface Props {
  product: ProductSettings;
  products: readonly ProductSettings[];
  unlinked: readonly UnlinkedSku[];
  defaults: { leadTimeDays: number; safetyStockDays: number };
  editable: boolean;
  onChanged: () => void;
}

/** One cross-platform product: its platforms, replenishment days, and (opened) its SKUs. */
export function ProductRow({ product, products, unlinked, defaults, editable, onChanged }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [save, run] = useSave();
  const unlink = (sku: SettingsSku) =>
    run(() => unlinkSku(skuRef(sku))).then((ok) => ok && onChanged());
  const skusId = `sd-skus-${product.id}`;
  return (
    <li className="sd-product" data-testid="product-row" data-product-id={product.id}>
      <div className="sd-product__head">
        <div className="sd-product__name">
          <strong>{product.name}</strong>
          <span className="muted">
            {t("settingsData.sku.code")} {product.outerCode ?? NO_VALUE}
            {product.virtual && ` · ${t("settingsData.links.virtual")}`}
          </span>
        </div>
        <div className="sd-product__platforms">
          {platformCounts(product).map(([platform, count]) => (
            <span key={platform} className="sd-product__platform">
              <PlatformBadge platform={platform} />
              {count > 1 && <span className="muted"> ×{count}</span>}
            </span>
          ))}
        </div>
        <ReplenishmentFields
          product={product}
          defaults={defaults}
          editable={editable}
          onSaved={onChanged}
        />
        <button
          type="button"
          className="button button--small sd-product__toggle"
          aria-expanded={open}
          aria-controls={skusId}
          onClick={() => setOpen(!open)}
          data-testid="product-toggle"
        >
          {t("settingsData.links.skus", { count: product.skus.length })}
        </button>
      </div>
      {open && (
        <div id={skusId} className="sd-product__body">
          <SaveFeedback state={save} doneKey="settingsData.links.unlinked" />
          {product.skus.length === 0 && <p className="muted">{t("settingsData.links.noSkus")}</p>}
          <div className="table-scroll" hidden={product.skus.length === 0}>
            <table className="data-table sd-sku-table">
              <thead>
                <tr>
                  <th scope="col">{t("settingsData.col.sku")}</th>
                  <th scope="col" className="num">
                    {t("settingsData.col.stock")}
                  </th>
                  <th scope="col">{t("settingsData.col.linkedBy")}</th>
                  {editable && <th scope="col" />}
                </tr>
              </thead>
              <tbody>
                {product.skus.map((sku) => (
                  <tr key={skuKey(sku)}>
                    <td>
                      <SkuLabel sku={sku} />
                    </td>
                    <td className="num">
                      {sku.stock === null ? NO_VALUE : formatCount(sku.stock)}
                    </td>
                    <td className="nowrap">
                      {sku.linkedBy === "manual"
                        ? t("settingsData.links.byManual")
                        : t("settingsData.links.byCode")}
                    </td>
                    {editable && (
                      <td>
                        {sku.linkedBy === "manual" && (
                          <button
                            type="button"
                            className="button button--small"
                            disabled={save.pending}
                            onClick={() => unlink(sku)}
                            data-testid="sku-unlink"
                          >
                            {t("settingsData.links.unlink")}
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable && (
            <SkuPicker
              product={product}
              products={products}
              unlinked={unlinked}
              onLinked={onChanged}
            />
          )}
        </div>
      )}
    </li>
  );
}
