import type { Order, OrderLine, Sku, Traffic } from "@tongshu/shared";

/**
 * Canonical demo records → the JSON Taobao's back office sends (platform-formats.md §1.1–1.3),
 * so the sandbox pages load the real shapes and the extension's parsers read them back to the
 * same numbers (serialize.test.ts). Bodies are built as text: asyncSold sends 18–19 digit
 * sub-order ids as bare JSON numbers, which no JS number can hold.
 */

const BIG = "\u0000big:";

/** A value that is written as a bare JSON number, digit for digit. */
function bare(digits: string): string {
  return `${BIG}${digits}`;
}

/** JSON.stringify, with bare() markers turned into bare numbers. */
export function platformJson(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000big:(\d+)"/g, "$1");
}

export function yuan(fen: number): string {
  return `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, "0")}`;
}

/** Epoch ms → "yyyy-MM-dd HH:mm:ss" Beijing time (no zone, as Taobao writes it). */
export function beijingText(instant: number): string {
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** A buyer nick for the sandbox, derived from the demo's buyer key: never a real person. */
export function fakeNick(buyerKey: string | null): string {
  return `tb_${(buyerKey ?? "00000000").slice(0, 8)}`;
}

/** Canonical status → TOP enum and the list's status text (the trade state under any refund). */
function tradeStatus(order: Order): [string, string] {
  switch (order.status) {
    case "unpaid":
      return ["WAIT_BUYER_PAY", "等待买家付款"];
    case "cancelled":
      return ["TRADE_CLOSED_BY_TAOBAO", "交易关闭"];
    case "refunded":
      return ["TRADE_CLOSED", "交易关闭"];
    default:
      if (order.completedAt !== null) return ["TRADE_FINISHED", "交易成功"];
      if (order.shippedAt !== null) return ["WAIT_BUYER_CONFIRM_GOODS", "卖家已发货"];
      return ["WAIT_SELLER_SEND_GOODS", "买家已付款"];
  }
}

const REFUND_BUTTON: Readonly<Record<OrderLine["refundStatus"], string | null>> = {
  none: null,
  refunding: "请卖家处理",
  refunded: "退款成功",
};

function subOrder(line: OrderLine, order: Order) {
  const button = REFUND_BUTTON[line.refundStatus];
  const item = /^\d+$/.test(line.itemId) ? bare(line.itemId) : line.itemId;
  return {
    id: bare(line.lineId),
    itemInfo: {
      id: item,
      title: line.title,
      pic: `//img.alicdn.com/bao/uploaded/sandbox/${line.itemId}.jpg_80x80.jpg`,
      itemUrl: `//item.taobao.com/item.htm?id=${line.itemId}`,
      skuId: line.skuId === null ? -1 : bare(line.skuId),
      skuText: (line.skuText ?? "")
        .split(";")
        .filter(Boolean)
        .map((part) => {
          const at = part.indexOf(":");
          return at < 0
            ? { name: "", value: part }
            : { name: part.slice(0, at), value: part.slice(at + 1) };
        }),
      extra: line.outerSkuId === null ? [] : [{ name: "商家编码", value: line.outerSkuId }],
    },
    priceInfo: { original: yuan(line.unitPriceFen), realTotal: yuan(line.unitPriceFen) },
    quantity: line.quantity,
    operations: button
      ? [
          {
            text: button,
            type: "operation",
            style: "t0",
            dataUrl: `//refund2.taobao.com/dispute/detail.htm?bizOrderId=${order.orderId}`,
          },
        ]
      : [],
  };
}

/** asyncSold's `mainOrders[]` entry for one order. */
function mainOrder(order: Order) {
  const [status, text] = tradeStatus(order);
  // While unpaid, 实付款 shows the amount due: goods − discount + postage.
  const due = order.goodsFen - order.discountFen + order.shippingFen;
  return {
    id: order.orderId,
    extra: {
      sellerFlag: 0,
      bizType: 200,
      currency: "CNY",
      currencySymbol: "￥",
      id: bare(order.orderId),
      tradeStatus: status,
    },
    buyer: { nick: fakeNick(order.buyerKey) },
    orderInfo: {
      id: order.orderId,
      createTime: beijingText(order.createdAt),
      createDay: beijingText(order.createdAt).slice(0, 10),
      archive: false,
      b2C: order.platform === "tmall",
    },
    payInfo: {
      actualFee: yuan(order.paidFen > 0 ? order.paidFen : due),
      postFees: [{ prefix: "(含运费", value: `￥${yuan(order.shippingFen)}`, suffix: ")" }],
      icons: [],
    },
    statusInfo: {
      text,
      type: "t0",
      url: `//trade.taobao.com/trade/detail/trade_item_detail.htm?bizOrderId=${order.orderId}`,
    },
    operations: [],
    subOrders: order.lines.map((line) => subOrder(line, order)),
  };
}

/** POST asyncSold.htm body for one page of orders (newest first). */
export function soldOrdersBody(
  orders: readonly Order[],
  pageNum: number,
  pageSize: number,
): string {
  const totalPage = Math.ceil(orders.length / pageSize);
  const rows = orders.slice((pageNum - 1) * pageSize, pageNum * pageSize);
  return platformJson({
    error: "",
    extra: {},
    page: {
      currentPage: pageNum,
      pageSize,
      prefetchCount: rows.length,
      queryForTitle: false,
      totalNumber: orders.length,
      totalPage,
    },
    mainOrders: rows.map(mainOrder),
  });
}

/** One item as the item manager's table shows it: lowest SKU price, item-level status. */
export interface TableItem {
  itemId: string;
  title: string;
  priceFen: number;
  status: Sku["status"];
}

export function tableItems(skus: readonly Sku[]): TableItem[] {
  const byItem = new Map<string, Sku[]>();
  for (const sku of skus) byItem.set(sku.itemId, [...(byItem.get(sku.itemId) ?? []), sku]);
  return [...byItem.values()].map((list) => {
    const first = list[0] as Sku;
    const status = list.some((s) => s.status === "onsale")
      ? "onsale"
      : list.every((s) => s.status === "soldout")
        ? "soldout"
        : "offshelf";
    return {
      itemId: first.itemId,
      title: first.title,
      priceFen: Math.min(...list.map((s) => s.priceFen)),
      status,
    };
  });
}

const STATUS_TEXT: Readonly<Record<Sku["status"], string>> = {
  onsale: "出售中",
  soldout: "已售罄",
  offshelf: "仓库中",
};

/** POST table.htm body for one page of items. */
export function itemTableBody(
  items: readonly TableItem[],
  current: number,
  pageSize: number,
): string {
  const rows = items.slice((current - 1) * pageSize, current * pageSize);
  return platformJson({
    success: true,
    data: {
      pagination: { current, pageSize, total: items.length },
      table: {
        dataSource: rows.map((item) => ({
          itemId: item.itemId,
          itemDesc: {
            img: `//img.alicdn.com/bao/uploaded/sandbox/${item.itemId}.jpg`,
            desc: [
              {
                uiType: "link",
                text: item.title,
                href: `//item.taobao.com/item.htm?id=${item.itemId}`,
              },
            ],
          },
          managerPrice: { currentPrice: yuan(item.priceFen) },
          upShelfDate_m: { value: "", status: { text: STATUS_TEXT[item.status] } },
        })),
      },
    },
  });
}

const metric = (value: number | null) => (value === null ? undefined : { value, cycleCrc: 0 });

/** GET /portal/coreIndex/new/overview/v3.json body; no record → sycm's accepted-but-empty answer. */
export function sycmOverviewBody(traffic: Traffic | null): string {
  if (!traffic)
    return platformJson({
      hasError: false,
      content: { code: 0, message: "操作成功", data: { self: {} } },
    });
  const { visitors, buyers } = traffic;
  const self = {
    payAmt: metric(traffic.paidFen === null ? null : traffic.paidFen / 100),
    uv: metric(visitors),
    pv: metric(traffic.pageViews),
    payByrCnt: metric(buyers),
    // A rate is sent as a fraction and read by nobody as a count.
    payRate: metric(
      visitors && buyers !== null ? Math.round((buyers / visitors) * 10_000) / 10_000 : null,
    ),
    cartByrCnt: metric(traffic.cartBuyers),
  };
  return platformJson({
    hasError: false,
    content: { code: 0, message: "操作成功", data: { self } },
  });
}
