import { RECORD_KINDS } from "@tongshu/shared";
import type { CaptureSummary, ShopSummary } from "../lib/capture-summary.ts";
import { beijingTime } from "./beijing-time.ts";
import type { Translate } from "./use-translate.ts";

const count = (n: number) => n.toLocaleString("en-US");

/** One shop: when it was last captured, and per kind what this session and the store hold. */
function ShopCard({ shop, t }: { shop: ShopSummary; t: Translate }) {
  const kinds = RECORD_KINDS.filter((k) => shop.kinds[k].total > 0 || shop.kinds[k].session > 0);
  return (
    <article className="shop" data-testid={`shop-${shop.platform}-${shop.shopId}`}>
      <header className="shop__head">
        <span className={`badge badge--${shop.platform}`}>{t(`platform.${shop.platform}`)}</span>
        <strong className="shop__name">
          {shop.shopName ?? t("popup.shop.unnamed", { shopId: shop.shopId })}
        </strong>
      </header>
      <p className="muted small">
        {shop.lastCapturedAt === null
          ? t("popup.shop.never")
          : t("popup.shop.last", { time: beijingTime(shop.lastCapturedAt) })}
      </p>
      {kinds.length === 0 ? (
        <p className="muted small">{t("popup.shop.noRecords")}</p>
      ) : (
        <table className="counts">
          <thead>
            <tr>
              <th scope="col">{t("popup.shop.col.kind")}</th>
              <th scope="col">{t("popup.shop.col.session")}</th>
              <th scope="col">{t("popup.shop.col.total")}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((kind) => (
              <tr
                key={kind}
                data-testid={`shop-count-${kind}`}
                data-session={shop.kinds[kind].session}
                data-total={shop.kinds[kind].total}
              >
                <th scope="row">{t(`kind.${kind}`)}</th>
                <td>{count(shop.kinds[kind].session)}</td>
                <td>{count(shop.kinds[kind].total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shop.failures > 0 && (
        <p className="warning small" data-testid="shop-failures">
          {t("popup.shop.failures", { count: count(shop.failures) })}
        </p>
      )}
    </article>
  );
}

/** The popup's per-shop list, platforms in their usual order. */
export function ShopSummaries({ summary, t }: { summary: CaptureSummary; t: Translate }) {
  if (summary.shops.length === 0 && summary.unattributedFailures === 0) return null;
  return (
    <section aria-labelledby="shops-heading" data-testid="shop-summaries">
      <h2 id="shops-heading">{t("popup.shops.heading")}</h2>
      {summary.sessionStartedAt !== null && (
        <p className="muted small">
          {t("popup.shops.session", { time: beijingTime(summary.sessionStartedAt) })}
        </p>
      )}
      {summary.shops.map((shop) => (
        <ShopCard key={`${shop.platform}|${shop.shopId}`} shop={shop} t={t} />
      ))}
      {summary.unattributedFailures > 0 && (
        <p className="warning small">
          {t("popup.failures.unattributed", { count: count(summary.unattributedFailures) })}
        </p>
      )}
    </section>
  );
}
