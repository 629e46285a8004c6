import type { ProductSettings } from "@tongshu/shared";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { matchesProduct } from "./product-suggestions.ts";

const SHOWN = 8;

/** Picks a product by typing part of its name, outer code or a SKU title. */
export function ProductChooser({
  products,
  disabled,
  onChoose,
}: {
  products: readonly ProductSettings[];
  disabled: boolean;
  onChoose: (product: ProductSettings) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [query, setQuery] = useState("");
  const matches = useMemo(
    () => (query.trim() === "" ? [] : products.filter((p) => matchesProduct(p, query))),
    [products, query],
  );
  return (
    <div className="sd-chooser">
      <label className="sd-inline-field" htmlFor={id}>
        <span>{t("settingsData.links.choose")}</span>
        <input
          id={id}
          type="search"
          value={query}
          placeholder={t("settingsData.links.choosePlaceholder")}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="product-chooser-search"
        />
      </label>
      {query.trim() !== "" && (
        <ul className="sd-chooser__list">
          {matches.length === 0 && <li className="muted">{t("settingsData.links.noMatch")}</li>}
          {matches.slice(0, SHOWN).map((product) => (
            <li key={product.id}>
              <button
                type="button"
                className="button button--small"
                disabled={disabled}
                onClick={() => onChoose(product)}
              >
                {t("settingsData.links.linkTo")}
              </button>{" "}
              <span>{product.name}</span>
              {product.outerCode !== null && <span className="muted"> · {product.outerCode}</span>}
            </li>
          ))}
          {matches.length > SHOWN && (
            <li className="muted">
              {t("settingsData.links.moreMatches", { count: matches.length - SHOWN })}
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
