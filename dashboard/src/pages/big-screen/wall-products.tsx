import type { LiveProduct } from "@tongshu/shared";
import { PLATFORM_COLORS } from "../../charts/series.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoneyCompact } from "../../lib/format.ts";

/** Today's best sellers across platforms; titles are platform text, shown as text only. */
export function WallProducts({ products }: { products: LiveProduct[] }) {
  const { t } = useI18n();
  return (
    <section className="bs-panel bs-products" aria-labelledby="bs-products-title">
      <div className="bs-panel__head">
        <h2 className="bs-panel__title" id="bs-products-title">
          {t("bigScreen.products.title")}
        </h2>
      </div>
      {products.length === 0 ? (
        <p className="bs-empty">{t("bigScreen.products.empty")}</p>
      ) : (
        <ol className="bs-products__list" data-testid="big-screen-products">
          {products.map((p) => (
            <li key={p.productId} className="bs-product" data-value={p.paidFen}>
              <span className="bs-product__rank" data-top={p.rank <= 3 ? "" : undefined}>
                {p.rank}
              </span>
              <span className="bs-product__name" title={p.name}>
                {p.name}
              </span>
              <span className="bs-product__platforms">
                {p.platforms.map((platform) => (
                  <span
                    key={platform}
                    className="bs-dot"
                    style={{ background: PLATFORM_COLORS[platform] }}
                    title={t(`platform.${platform}`)}
                  />
                ))}
              </span>
              <span className="bs-product__units">
                {t("bigScreen.products.units", { count: formatCount(p.units) })}
              </span>
              <span className="bs-product__paid">{formatMoneyCompact(p.paidFen)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
