import type { ProfitReport } from "@tongshu/shared";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatBeijingDateTime, formatCount } from "../../lib/format.ts";
import { ORDER_PAGE_SIZES, orderPageCount } from "./profit-options.ts";

type OrderRow = ProfitReport["byOrder"]["rows"][number];

/** One page of orders in payment order: sorting would only reorder the page, so it is off. */
function orderColumns(t: Translate, shopName: (r: OrderRow) => string): Array<Column<OrderRow>> {
  const fen = (id: string, header: string, value: (r: OrderRow) => number): Column<OrderRow> => ({
    id,
    header,
    kind: "fen",
    value,
    sortable: false,
  });
  return [
    {
      id: "platform",
      header: t("report.col.platform"),
      kind: "text",
      value: (r) => t(`platform.${r.platform}`),
      render: (r) => <PlatformBadge platform={r.platform} />,
      sortable: false,
    },
    {
      id: "shop",
      header: t("report.col.shop"),
      kind: "text",
      value: shopName,
      render: (r) => <span className="profit-nowrap">{shopName(r)}</span>,
      sortable: false,
    },
    {
      id: "order",
      header: t("profit.col.orderId"),
      kind: "text",
      value: (r) => r.orderId,
      render: (r) => <span className="profit-nowrap">{r.orderId}</span>,
      sortable: false,
    },
    {
      id: "paidAt",
      header: t("profit.col.paidAt"),
      kind: "text",
      value: (r) => formatBeijingDateTime(r.paidAt),
      sortable: false,
    },
    fen("profit", t("profit.metric.profitFen"), (r) => r.profitFen),
    fen("paid", t("profit.metric.revenueFen"), (r) => r.paidFen),
    fen("refund", t("metric.refundFen"), (r) => r.refundFen),
    fen("cogs", t("profit.metric.cogsFen"), (r) => r.cogsFen),
    fen("fee", t("profit.step.fees"), (r) => r.feeFen),
    {
      id: "feeSource",
      header: t("profit.col.feeSource"),
      kind: "text",
      value: (r) => (r.feeSettled ? t("profit.fee.settled") : t("profit.fee.estimated")),
      render: (r) => (
        <span className={`profit-tag profit-tag--${r.feeSettled ? "settled" : "estimated"}`}>
          {r.feeSettled ? t("profit.fee.settled") : t("profit.fee.estimated")}
        </span>
      ),
      sortable: false,
    },
    fen("shipping", t("profit.metric.shippingFen"), (r) => r.shippingFen),
    {
      id: "uncosted",
      header: t("profit.metric.uncostedUnits"),
      kind: "count",
      value: (r) => r.uncostedUnits,
      sortable: false,
    },
  ];
}

interface ProfitOrdersProps {
  report: ProfitReport;
  onPage: (page: number, pageSize: number) => void;
  updating: boolean;
}

/** The range's paid orders with their profit, one page at a time (the API pages them). */
export function ProfitOrders({ report, onPage, updating }: ProfitOrdersProps) {
  const { t } = useI18n();
  const { page, pageSize, count, rows } = report.byOrder;
  const pages = orderPageCount(count, pageSize);
  const names = new Map(report.byShop.map((s) => [`${s.platform}:${s.shopId}`, s.shopName]));
  const shopName = (r: OrderRow) => names.get(`${r.platform}:${r.shopId}`) ?? r.shopId;
  return (
    <section className="section" aria-labelledby="profit-orders-title" data-testid="profit-orders">
      <h2 className="visually-hidden" id="profit-orders-title">
        {t("profit.table.orders")}
      </h2>
      <DataTable
        id="profit-orders"
        caption={t("profit.table.orders")}
        columns={orderColumns(t, shopName)}
        rows={rows}
        rowKey={(r) => `${r.platform}:${r.shopId}:${r.orderId}`}
        exportName={`profit-orders-${report.meta.range.from}-${report.meta.range.to}-p${page}`}
      />
      <nav className="profit-pager" aria-label={t("profit.pager.label")} data-testid="profit-pager">
        <button
          type="button"
          className="button button--small"
          disabled={updating || page <= 1}
          onClick={() => onPage(page - 1, pageSize)}
          data-testid="profit-pager-prev"
        >
          {t("profit.pager.prev")}
        </button>
        <span aria-live="polite" data-testid="profit-pager-status">
          {t("profit.pager.status", {
            page: formatCount(page),
            pages: formatCount(pages),
            count: formatCount(count),
          })}
        </span>
        <button
          type="button"
          className="button button--small"
          disabled={updating || page >= pages}
          onClick={() => onPage(page + 1, pageSize)}
          data-testid="profit-pager-next"
        >
          {t("profit.pager.next")}
        </button>
        <label className="profit-pager__size">
          {t("profit.pager.pageSize")}
          <select
            value={pageSize}
            disabled={updating}
            onChange={(e) => onPage(1, Number(e.target.value))}
            data-testid="profit-pager-size"
          >
            {ORDER_PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {t("profit.pager.size", { n })}
              </option>
            ))}
          </select>
        </label>
      </nav>
      <p className="footnote">{t("profit.orders.note")}</p>
    </section>
  );
}
