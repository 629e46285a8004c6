import type { ProfitReport } from "@tongshu/shared";
import { DataTable } from "../../components/data-table.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney } from "../../lib/format.ts";
import {
  dayColumns,
  platformColumns,
  productColumns,
  shopColumns,
  skuColumns,
} from "./profit-columns.tsx";
import { MAX_ITEM_ROWS } from "./profit-options.ts";

const byProfit = { column: "profit", direction: "desc" } as const;

const spanOf = (report: ProfitReport) => `${report.meta.range.from}-${report.meta.range.to}`;

/** Profit by platform; costs booked for the whole workspace get their own row. */
export function PlatformTable({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  return (
    <DataTable
      id="profit-platforms"
      caption={t("profit.table.platforms")}
      columns={platformColumns(t)}
      rows={report.byPlatform}
      rowKey={(r) => r.platform ?? "workspace"}
      exportName={`profit-platforms-${spanOf(report)}`}
      initialSort={byProfit}
    />
  );
}

/** Profit by shop; costs booked for a whole platform or the workspace get their own rows. */
export function ShopTable({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  return (
    <DataTable
      id="profit-shops"
      caption={t("profit.table.shops")}
      columns={shopColumns(t)}
      rows={report.byShop}
      rowKey={(r) => `${r.platform ?? "workspace"}:${r.shopId ?? "platform"}`}
      exportName={`profit-shops-${spanOf(report)}`}
      initialSort={byProfit}
    />
  );
}

interface ItemTableProps {
  report: ProfitReport;
  limit: number;
  onShowMore: () => void;
}

/** "Top N of M" and, below the API's maximum, a way to ask for more rows. */
function TopNote({
  shown,
  count,
  limit,
  onShowMore,
}: ItemTableProps & { shown: number; count: number }) {
  const { t } = useI18n();
  if (count <= shown) return null;
  return (
    <p className="footnote profit-top">
      {t("profit.items.top", { shown: formatCount(shown), count: formatCount(count) })}
      {limit < MAX_ITEM_ROWS ? (
        <button type="button" className="button button--small" onClick={onShowMore}>
          {t("profit.items.more", { max: formatCount(MAX_ITEM_ROWS) })}
        </button>
      ) : null}
    </p>
  );
}

/** Products by profit; what stays at shop level is stated apart, never as a product. */
export function ProductTable(props: ItemTableProps) {
  const { t } = useI18n();
  const { byProduct } = props.report;
  const u = byProduct.unallocated;
  return (
    <>
      <DataTable
        id="profit-products"
        caption={t("profit.table.products")}
        columns={productColumns(t)}
        rows={byProduct.rows}
        rowKey={(r) => r.productKey}
        exportName={`profit-products-${spanOf(props.report)}`}
        initialSort={byProfit}
      />
      <TopNote {...props} shown={byProduct.rows.length} count={byProduct.count} />
      <aside
        className="profit-unallocated"
        data-testid="profit-unallocated"
        data-value={u.profitFen}
      >
        <h3 className="profit-unallocated__title">{t("profit.items.unallocatedTitle")}</h3>
        <p>
          {t("profit.items.unallocated", {
            profit: formatMoney(u.profitFen),
            ads: formatMoney(u.adSpendFen),
            shipping: formatMoney(u.shippingFen),
            other: formatMoney(u.otherFen),
          })}
        </p>
      </aside>
    </>
  );
}

/** SKUs by profit (the top rows the API gives). */
export function SkuTable(props: ItemTableProps) {
  const { t } = useI18n();
  const { bySku } = props.report;
  return (
    <>
      <DataTable
        id="profit-skus"
        caption={t("profit.table.skus")}
        columns={skuColumns(t)}
        rows={bySku.rows}
        rowKey={(r) => `${r.platform}:${r.shopId}:${r.itemId}:${r.skuId}:${r.productKey}`}
        exportName={`profit-skus-${spanOf(props.report)}`}
        initialSort={byProfit}
      />
      <TopNote {...props} shown={bySku.rows.length} count={bySku.count} />
    </>
  );
}

/** Every day of the range, in date order. */
export function DayTable({ report }: { report: ProfitReport }) {
  const { t } = useI18n();
  return (
    <DataTable
      id="profit-days"
      caption={t("profit.table.days")}
      columns={dayColumns(t)}
      rows={report.byDay}
      rowKey={(r) => r.date}
      exportName={`profit-days-${report.meta.range.from}-${report.meta.range.to}`}
    />
  );
}
