import type { ProductSettings, UnlinkedSku } from "@tongshu/shared";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { linkableSkus, skuKey, skuRef } from "./product-suggestions.ts";
import { SaveFeedback, useSave } from "./save-feedback.tsx";
import { linkSku } from "./settings-data-api.ts";
import { SkuLabel } from "./sku-label.tsx";

/**
 * Links SKUs of other platforms (or other products) into this product by hand: search, then
 * 关联. A manual link wins over the outer code, so a SKU moved here leaves its old product.
 */
export function SkuPicker({
  product,
  products,
  unlinked,
  onLinked,
}: {
  product: ProductSettings;
  products: readonly ProductSettings[];
  unlinked: readonly UnlinkedSku[];
  onLinked: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const [save, run] = useSave();
  const found = useMemo(
    () => linkableSkus(products, unlinked, product.id, query, 10),
    [products, unlinked, product.id, query],
  );
  return (
    <div className="sd-picker" data-testid="sku-picker">
      <label className="sd-inline-field" htmlFor={id}>
        <span>{t("settingsData.links.addSku")}</span>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={t("settingsData.links.addSkuPlaceholder")}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="sku-picker-search"
        />
      </label>
      <SaveFeedback state={save} doneKey="settingsData.links.linked" />
      {query.trim() !== "" && (
        <ul className="sd-picker__list">
          {found.length === 0 && <li className="muted">{t("settingsData.links.noMatch")}</li>}
          {found.map(({ sku, from }) => (
            <li key={skuKey(sku)}>
              <SkuLabel sku={sku} />
              <span className="sd-actions">
                <span className="muted">
                  {from === null
                    ? t("settingsData.links.fromNone")
                    : t("settingsData.links.fromProduct", { name: from.name })}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={save.pending}
                  onClick={() =>
                    run(() => linkSku({ ...skuRef(sku), productId: product.id })).then(
                      (ok) => ok && onLinked(),
                    )
                  }
                  data-testid="sku-picker-link"
                >
                  {t("settingsData.links.linkHere")}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
