import {
  isDailyKind,
  type KindFreshness,
  type RecordKind,
  type ShopFreshness,
} from "@tongshu/shared";
import { Fragment } from "react";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime, formatCount } from "../../lib/format.ts";
import { timeAgo } from "../../lib/freshness.ts";
import { DayStrip } from "./day-strip.tsx";
import { type DayRange, gapsText, shopKinds, shortDate, sinceDate } from "./quality-days.ts";
import { TierBadge } from "./tier-badge.tsx";

/** Kinds drawn day by day: the ones most reports stand on. */
const STRIP_KINDS: readonly RecordKind[] = ["order", "traffic"];

interface ShopFreshnessProps {
  shop: ShopFreshness;
  range: DayRange;
  today: string;
  /** When the report ran: "3 小时前" counts from here. */
  now: number;
}

/** One shop: last capture and sync, a stopped-sync badge, and each kind's days in the range. */
export function ShopFreshnessCard({ shop, range, today, now }: ShopFreshnessProps) {
  const { t } = useI18n();
  const headingId = `quality-shop-${shop.platform}-${shop.shopId}`;
  const when = (instant: number | null) => {
    if (instant === null) return t("quality.freshness.never");
    const ago = timeAgo(instant, now);
    return t("quality.freshness.at", {
      time: formatBeijingDateTime(instant),
      ago: t(ago.key, ago.params),
    });
  };
  return (
    <section
      className="panel quality-shop"
      aria-labelledby={headingId}
      data-testid="quality-shop"
      data-shop={`${shop.platform}:${shop.shopId}`}
    >
      <h3 className="shop-coverage__title" id={headingId}>
        <PlatformBadge platform={shop.platform} />
        <span className="shop-coverage__name">{shop.shopName ?? t("coverage.unnamedShop")}</span>
        <span className="muted">{t("coverage.shopId", { id: shop.shopId })}</span>
        {shop.syncStopped ? (
          <TierBadge tier="blocking" label={t("quality.freshness.syncStopped")} />
        ) : null}
      </h3>
      <p className="quality-shop__times">
        <span>
          <span className="muted">{t("quality.freshness.lastCaptured")}</span>{" "}
          {when(shop.lastCapturedAt)}
        </span>
        <span>
          <span className="muted">{t("quality.freshness.lastSynced")}</span>{" "}
          {when(shop.lastReceivedAt)}
        </span>
      </p>
      {shop.syncStopped ? (
        <p className="quality-shop__stopped">{t("quality.freshness.syncStoppedHelp")}</p>
      ) : null}
      <div className="table-scroll">
        <table className="data-table quality-kinds">
          <thead>
            <tr>
              <th scope="col">{t("quality.freshness.col.kind")}</th>
              <th scope="col" className="num">
                {t("quality.freshness.col.records")}
              </th>
              <th scope="col" className="num">
                {t("quality.freshness.col.days")}
              </th>
              <th scope="col">{t("quality.freshness.col.gaps")}</th>
            </tr>
          </thead>
          <tbody>
            {shopKinds(shop).map(({ kind, freshness }) => (
              <Fragment key={kind}>
                <KindRow kind={kind} freshness={freshness} range={range} today={today} />
                {freshness && STRIP_KINDS.includes(kind) ? (
                  <tr className="quality-kinds__strip">
                    <td colSpan={4}>
                      <DayStrip range={range} today={today} kind={freshness} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function KindRow({
  kind,
  freshness,
  range,
  today,
}: {
  kind: RecordKind;
  freshness: KindFreshness | null;
  range: DayRange;
  today: string;
}) {
  const { t } = useI18n();
  const label = <th scope="row">{t(`kind.${kind}`)}</th>;
  if (!freshness)
    return (
      <tr className="is-empty" data-kind={kind}>
        {label}
        <td className="num">{formatCount(0)}</td>
        <td className="num">—</td>
        <td>{t("quality.freshness.neverCaptured")}</td>
      </tr>
    );
  const dated = freshness.daysWithData !== null;
  const since = sinceDate(range, today, freshness);
  const gapped = freshness.gaps.length > 0;
  // Many days pass without a refund, an ad or a bill: those kinds have no gaps (DAILY_RECORD_KINDS).
  const sparse = !isDailyKind(kind);
  return (
    <tr data-kind={kind} className={gapped ? "has-gaps" : undefined}>
      {label}
      <td className="num">{formatCount(freshness.records)}</td>
      <td className="num">
        {dated
          ? t("quality.freshness.days", {
              with: formatCount(freshness.daysWithData ?? 0),
              total: formatCount(freshness.daysInRange),
            })
          : t("coverage.undated")}
      </td>
      <td className={gapped && !sparse ? "quality-kinds__gaps" : "muted"}>
        {!dated ? "—" : sparse ? t("quality.freshness.sparse") : gapsText(freshness.gaps, range, t)}
        {since ? (
          <span className="quality-kinds__since muted">
            {t("quality.freshness.since", { date: shortDate(since, range) })}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
