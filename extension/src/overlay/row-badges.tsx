import { formatFen } from "@tongshu/shared";
import type { OrderBadges, ProductFigures } from "./overlay-message.ts";
import { type OverlayTranslate, percent, platformKey } from "./strings.ts";

/** A product row's figures: units here/all, stock per platform, cover, low stock, margin. */
export function ProductBadge({
  id,
  figures,
  t,
}: {
  id: string;
  figures: ProductFigures;
  t: OverlayTranslate;
}) {
  const stock = figures.stock
    .map((s) => `${t(platformKey(s.platform))} ${s.stock ?? t("product.unknown")}`)
    .join(" · ");
  return (
    <span
      className="badges"
      data-testid="overlay-product"
      data-id={id}
      data-source={figures.source}
      data-units7-here={figures.units7Here}
      data-units30-here={figures.units30Here}
      data-units7-all={figures.units7All}
      data-units30-all={figures.units30All}
    >
      <span className="chip" title={t("product.unitsTitle")}>
        {t("product.units", {
          here7: figures.units7Here,
          all7: figures.units7All,
          here30: figures.units30Here,
          all30: figures.units30All,
        })}
      </span>
      {stock && (
        <span className="chip" data-testid="overlay-stock">
          <span className="muted">{t("product.stock")}</span> {stock}
        </span>
      )}
      {figures.daysOfCover !== null && (
        <span className="chip">
          {t("product.cover", { days: Math.floor(figures.daysOfCover) })}
        </span>
      )}
      {figures.lowStock && (
        <span className="chip chip--warn" data-testid="overlay-low-stock">
          {t("product.lowStock")}
        </span>
      )}
      {figures.marginRate !== null && (
        <span className="chip chip--good">
          {t("product.margin", { rate: percent(figures.marginRate) })}
        </span>
      )}
    </span>
  );
}

/** An order row's badges: its product's figures, repeat buyer, refund risk, unusual amount. */
export function OrderBadge({
  id,
  badges,
  t,
}: {
  id: string;
  badges: OrderBadges;
  t: OverlayTranslate;
}) {
  const risk = badges.refundRisk;
  const unusual = badges.unusualAmount;
  return (
    <span className="badges" data-testid="overlay-order" data-id={id}>
      {badges.product && <ProductBadge id={id} figures={badges.product} t={t} />}
      {badges.repeatOrders !== null && (
        <span className="chip chip--good" data-testid="overlay-repeat">
          {t("order.repeat", { count: badges.repeatOrders })}
        </span>
      )}
      {risk && (
        <span className="chip chip--risk" data-testid="overlay-refund-risk">
          {t(risk.basis === "buyer" ? "order.refundBuyer" : "order.refundSku", {
            rate: percent(risk.rate),
          })}
        </span>
      )}
      {unusual && (
        <span className="chip chip--warn" data-testid="overlay-unusual">
          {t("order.unusual", {
            times: (unusual.paidFen / unusual.medianFen).toFixed(1),
            median: formatFen(Math.round(unusual.medianFen)),
          })}
        </span>
      )}
    </span>
  );
}
