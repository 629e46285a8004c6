import type { TrafficReport } from "@tongshu/shared";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatPercent } from "../../lib/format.ts";
import { UnknownDash } from "./traffic-columns.tsx";
import { funnelStages, shopFunnels, type TrafficFunnel } from "./traffic-data.ts";

type Shop = TrafficReport["shops"][number];

function ShopFunnel({ shop, funnel }: { shop: Shop; funnel: TrafficFunnel }) {
  const { t } = useI18n();
  return (
    <div
      className="traffic-funnel__shop"
      data-testid="traffic-funnel-shop"
      data-shop={`${shop.platform}:${shop.shopId}`}
    >
      <h3 className="traffic-funnel__name">
        <PlatformBadge platform={shop.platform} />
        <span>{shop.shopName ?? shop.shopId}</span>
      </h3>
      {funnelStages(funnel).map((stage) => (
        <div key={stage.id} className="traffic-funnel__stage" data-stage={stage.id}>
          <span className="traffic-funnel__label">{t(`traffic.funnel.${stage.id}`)}</span>
          <span className="traffic-funnel__track">
            <span
              className={`traffic-funnel__fill traffic-funnel__fill--${stage.id}`}
              style={{ width: `${Math.round(stage.width * 1000) / 10}%` }}
            />
          </span>
          <span className="traffic-funnel__count" data-value={stage.count ?? ""}>
            {stage.count === null ? (
              <UnknownDash tip={t("traffic.unknown.tip")} />
            ) : (
              formatCount(stage.count)
            )}
          </span>
          {stage.id === "cartBuyers" ? (
            <span className="traffic-funnel__rates muted">
              {t("traffic.funnel.rate.cartBuyers", { rate: formatPercent(stage.ofVisitors, 1) })}
            </span>
          ) : null}
          {stage.id === "buyers" ? (
            <span className="traffic-funnel__rates muted">
              {t("traffic.funnel.rate.step", { rate: formatPercent(stage.fromPrevious, 1) })}
              {" · "}
              {t("traffic.funnel.rate.buyers", { rate: formatPercent(stage.ofVisitors, 1) })}
            </span>
          ) : null}
        </div>
      ))}
    </div>
  );
}

/** Visitors → add-to-cart → paid per shop, side by side; only where the platform gave the span. */
export function TrafficFunnelPanel({ shops }: { shops: Shop[] }) {
  const { t } = useI18n();
  const { funnels, without } = shopFunnels(shops);
  return (
    <section
      className="panel traffic-funnel"
      aria-labelledby="traffic-funnel-title"
      data-testid="traffic-funnel"
    >
      <h2 className="section__title" id="traffic-funnel-title">
        {t("traffic.funnel.title")}
      </h2>
      {funnels.length === 0 ? (
        <p className="muted" data-testid="traffic-funnel-none">
          {t("traffic.funnel.none")}
        </p>
      ) : (
        <>
          <div className="traffic-funnel__grid">
            {funnels.map(({ shop, funnel }) => (
              <ShopFunnel key={`${shop.platform}:${shop.shopId}`} shop={shop} funnel={funnel} />
            ))}
          </div>
          {without > 0 ? (
            <p className="footnote">{t("traffic.funnel.missing", { count: without })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
