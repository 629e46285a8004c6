import { type LiveReport, PLATFORMS } from "@tongshu/shared";
import type { CSSProperties } from "react";
import { PLATFORM_COLORS } from "../../charts/series.ts";
import { ChangeBadge } from "../../components/kpi-card.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, formatMoneyCompact } from "../../lib/format.ts";
import { yesterdayGap } from "./big-screen-data.ts";
import { useTickingNumber } from "./use-ticking-number.ts";

/** Today's total, huge and ticking, with orders and the gap to yesterday at the same time. */
export function WallTotal({ total }: { total: LiveReport["total"] }) {
  const { t } = useI18n();
  const shown = useTickingNumber(total.today.paidFen);
  const orders = useTickingNumber(total.today.orders);
  const gap = yesterdayGap(total);
  const text = formatMoney(shown);
  return (
    <section className="bs-panel bs-hero" aria-labelledby="bs-total-title">
      <h2 className="bs-hero__label" id="bs-total-title">
        {t("bigScreen.todayGmv")}
      </h2>
      <p
        className="bs-hero__value"
        data-testid="big-screen-total"
        data-value={total.today.paidFen}
        data-long={text.length > 14 ? "" : undefined}
      >
        {text}
      </p>
      <div className="bs-hero__meta">
        <span className="bs-hero__item" data-testid="big-screen-orders">
          <span className="bs-muted">{t("bigScreen.orders")}</span>
          <strong>{formatCount(orders)}</strong>
        </span>
        <span className="bs-hero__item">
          <span className="bs-muted">{t("bigScreen.yesterdaySameTime")}</span>
          <strong>{formatMoney(total.yesterday.paidFen)}</strong>
        </span>
        <span className={`bs-hero__item bs-gap bs-gap--${gap.direction}`}>
          <ChangeBadge change={gap.change} label={t("bigScreen.vsYesterday")} />
          <span className="bs-gap__amount">
            {t("bigScreen.gap", {
              amount: `${gap.deltaFen > 0 ? "+" : gap.deltaFen < 0 ? "-" : ""}${formatMoneyCompact(Math.abs(gap.deltaFen))}`,
            })}
          </span>
        </span>
      </div>
    </section>
  );
}

type PlatformLive = LiveReport["platforms"][number];

function PlatformCard({ live, share }: { live: PlatformLive; share: number }) {
  const { t } = useI18n();
  const shown = useTickingNumber(live.today.paidFen);
  const style = { "--bs-platform": PLATFORM_COLORS[live.platform] } as CSSProperties;
  return (
    <li
      className="bs-platform"
      style={style}
      data-testid={`big-screen-platform-${live.platform}`}
      data-value={live.today.paidFen}
    >
      <span className="bs-platform__name">{t(`platform.${live.platform}`)}</span>
      <span className="bs-platform__value">{formatMoneyCompact(shown)}</span>
      <span className="bs-platform__orders">
        {t("bigScreen.platformOrders", { count: formatCount(live.today.orders) })}
      </span>
      <ChangeBadge change={live.vsYesterday.paidFen} label={t("bigScreen.vsYesterdayShort")} />
      <span className="bs-platform__share" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 1000) / 10}%` }} />
      </span>
    </li>
  );
}

/**
 * One card per platform: today's GMV (ticking), orders, change vs yesterday, share of the day.
 * Cards keep the platforms' usual order, so a card never jumps place between refreshes.
 */
export function WallPlatforms({ report }: { report: LiveReport }) {
  const { t } = useI18n();
  if (report.platforms.length === 0)
    return <p className="bs-panel bs-empty">{t("bigScreen.noShops")}</p>;
  const whole = report.total.today.paidFen;
  const cards = [...report.platforms].sort(
    (a, b) => PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform),
  );
  return (
    <ul className="bs-platforms" data-count={cards.length}>
      {cards.map((p) => (
        <PlatformCard key={p.platform} live={p} share={whole > 0 ? p.today.paidFen / whole : 0} />
      ))}
    </ul>
  );
}
