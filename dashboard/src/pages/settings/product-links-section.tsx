import type { ProductSettings } from "@tongshu/shared";
import { useId, useMemo, useState } from "react";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { ProductRow } from "./product-row.tsx";
import { matchesProduct } from "./product-suggestions.ts";
import { ReadOnlyNote } from "./save-feedback.tsx";
import { getProductSettings } from "./settings-data-api.ts";
import { SuggestionsPanel } from "./suggestions-panel.tsx";
import { useLiveResource } from "./use-live-resource.ts";

const PAGE = 50;
type Show = "all" | "multi" | "single" | "manual";
const SHOWS: readonly Show[] = ["all", "multi", "single", "manual"];

const platformsOf = (p: ProductSettings) => new Set(p.skus.map((s) => s.platform)).size;
const FILTERS: Record<Show, (p: ProductSettings) => boolean> = {
  all: () => true,
  multi: (p) => platformsOf(p) > 1,
  single: (p) => platformsOf(p) <= 1,
  manual: (p) => p.skus.some((s) => s.linkedBy === "manual"),
};

/** 商品关联: products across platforms, SKUs waiting for a link, replenishment days per product. */
export function ProductLinksSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  const editable = me.member.role === "owner" || me.member.role === "admin";
  const [resource, retry, refresh] = useLiveResource(getProductSettings);
  const [query, setQuery] = useState("");
  const [show, setShow] = useState<Show>("all");
  const [limit, setLimit] = useState(PAGE);
  const searchId = useId();
  const data = resource.status === "ready" ? resource.data : null;
  const shown = useMemo(
    () => data?.products.filter((p) => FILTERS[show](p) && matchesProduct(p, query)) ?? [],
    [data, show, query],
  );
  return (
    <section className="panel" aria-labelledby="sd-products-title" data-testid="product-links">
      <h2 className="section__title" id="sd-products-title">
        {t("settingsData.links.title")}
      </h2>
      <p className="muted">{t("settingsData.links.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ products, unlinked, defaults }) => (
          <>
            <SuggestionsPanel
              unlinked={unlinked}
              products={products}
              editable={editable}
              onChanged={refresh}
            />
            <div className="sd-toolbar">
              <label className="sd-inline-field" htmlFor={searchId}>
                <span>{t("settingsData.links.search")}</span>
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  placeholder={t("settingsData.links.searchPlaceholder")}
                  onChange={(event) => {
                    setQuery(event.target.value);
                    setLimit(PAGE);
                  }}
                  data-testid="product-search"
                />
              </label>
              <fieldset className="sd-chips">
                <legend className="visually-hidden">{t("settingsData.links.showLabel")}</legend>
                {SHOWS.map((option) => (
                  <button
                    key={option}
                    type="button"
                    className="chip"
                    aria-pressed={show === option}
                    onClick={() => {
                      setShow(option);
                      setLimit(PAGE);
                    }}
                  >
                    {t(`settingsData.links.show.${option}`)}
                  </button>
                ))}
              </fieldset>
              <span className="muted" data-testid="product-count">
                {t("settingsData.links.count", {
                  shown: formatCount(Math.min(limit, shown.length)),
                  total: formatCount(shown.length),
                })}
              </span>
            </div>
            <p className="muted sd-hint">
              {t("settingsData.links.daysHint", {
                lead: defaults.leadTimeDays,
                safety: defaults.safetyStockDays,
              })}
            </p>
            {shown.length === 0 ? (
              <p className="muted" data-testid="products-empty">
                {products.length === 0
                  ? t("settingsData.links.noProducts")
                  : t("settingsData.links.noMatch")}
              </p>
            ) : (
              <ul className="sd-products">
                {shown.slice(0, limit).map((product) => (
                  <ProductRow
                    key={product.id}
                    product={product}
                    products={products}
                    unlinked={unlinked}
                    defaults={defaults}
                    editable={editable}
                    onChanged={refresh}
                  />
                ))}
              </ul>
            )}
            {shown.length > limit && (
              <button
                type="button"
                className="button"
                onClick={() => setLimit(limit + PAGE)}
                data-testid="products-more"
              >
                {t("settingsData.showMore", { count: Math.min(PAGE, shown.length - limit) })}
              </button>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
