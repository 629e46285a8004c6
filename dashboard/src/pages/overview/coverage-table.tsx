import type { ShopCoverage } from "@tongshu/shared";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { datesText, kindRows } from "../../lib/coverage.ts";
import { formatBeijingDateTime, formatCount } from "../../lib/format.ts";

/** One shop's holdings: a row per record kind. Shop names are platform text, shown as text. */
export function CoverageTable({ shop }: { shop: ShopCoverage }) {
  const { t } = useI18n();
  const headingId = `shop-${shop.platform}-${shop.shopId}`;
  return (
    <section className="panel shop-coverage" aria-labelledby={headingId}>
      <h3 className="shop-coverage__title" id={headingId}>
        <PlatformBadge platform={shop.platform} />
        <span className="shop-coverage__name">{shop.shopName ?? t("coverage.unnamedShop")}</span>
        <span className="muted">{t("coverage.shopId", { id: shop.shopId })}</span>
      </h3>
      <div className="table-scroll">
        <table
          className="data-table coverage-table"
          data-testid="coverage-table"
          data-platform={shop.platform}
          data-shop-id={shop.shopId}
        >
          <thead>
            <tr>
              <th scope="col">{t("coverage.col.kind")}</th>
              <th scope="col" className="num">
                {t("coverage.col.records")}
              </th>
              <th scope="col">{t("coverage.col.dates")}</th>
              <th scope="col">{t("coverage.col.lastCaptured")}</th>
            </tr>
          </thead>
          <tbody>
            {kindRows(shop).map((row) => (
              <tr
                key={row.kind}
                data-kind={row.kind}
                className={row.records > 0 ? undefined : "is-empty"}
              >
                <th scope="row">{t(`kind.${row.kind}`)}</th>
                <td className="num">{formatCount(row.records)}</td>
                <td className="nowrap">{datesText(row, t("coverage.undated"))}</td>
                <td className="nowrap">{formatBeijingDateTime(row.lastCapturedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
