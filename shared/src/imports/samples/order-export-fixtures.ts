import { allocateFen } from "../../money.ts";
import type { Order, OrderLine, OrderStatus } from "../../schemas/order.ts";
import type { Platform } from "../../schemas/primitives.ts";
import { parseBeijingDateTime } from "../../time.ts";

/**
 * Canonical orders for the sample-writer tests, built the way the import (and capture) compute
 * money: goods = Σ unit × qty, paid = goods − discount + postage (0 while unpaid or cancelled),
 * line shares of paid − postage by goods value, refunds = the refunded lines' shares.
 */

type LineInput = Omit<OrderLine, "paidFen" | "refundStatus"> & {
  refundStatus?: OrderLine["refundStatus"];
};

interface OrderInput {
  orderId: string;
  status: OrderStatus;
  createdAt: string;
  paidAt?: string;
  shippedAt?: string;
  completedAt?: string;
  discountFen?: number;
  shippingFen?: number;
  province?: string;
  city?: string;
  lines: LineInput[];
}

const time = (text: string | undefined) => (text ? parseBeijingDateTime(text) : null);

export function sampleOrder(platform: Platform, shopId: string, input: OrderInput): Order {
  const goods = input.lines.map((l) => l.unitPriceFen * l.quantity);
  const goodsFen = goods.reduce((s, g) => s + g, 0);
  const shippingFen = input.shippingFen ?? 0;
  const discountFen = input.discountFen ?? 0;
  const unpaid = input.status === "unpaid" || input.status === "cancelled";
  const paidFen = unpaid ? 0 : goodsFen - discountFen + shippingFen;
  const shares = allocateFen(goods, Math.max(0, paidFen - shippingFen));
  const lines = input.lines.map((line, i) => ({
    ...line,
    paidFen: shares[i] ?? 0,
    refundStatus: line.refundStatus ?? "none",
  }));
  return {
    kind: "order",
    platform,
    shopId,
    capturedAt: Date.UTC(2026, 10, 20, 4),
    source: { url: "sample", parser: "sample/orders@1" },
    orderId: input.orderId,
    status: input.status,
    createdAt: time(input.createdAt) ?? 0,
    paidAt: time(input.paidAt),
    shippedAt: time(input.shippedAt),
    completedAt: time(input.completedAt),
    goodsFen,
    shippingFen,
    discountFen,
    paidFen,
    refundFen: lines.reduce((s, l) => s + (l.refundStatus === "refunded" ? l.paidFen : 0), 0),
    province: input.province ?? null,
    city: input.city ?? null,
    buyerKey: null,
    lines,
  };
}

const item = (id: string, title: string, unitPriceFen: number, quantity: number) => ({
  itemId: id,
  skuId: null,
  outerSkuId: null,
  title,
  skuText: null,
  unitPriceFen,
  quantity,
});

const PAID = { createdAt: "2026-11-11 00:05:12", paidAt: "2026-11-11 00:05:30" };

/** Taobao: multi-line shipped, unpaid, a refunded line in a completed order, cancelled. */
export const TAOBAO_SAMPLE_ORDERS: Order[] = [
  sampleOrder("taobao", "100000001", {
    orderId: "3306670536474051657",
    status: "shipped",
    ...PAID,
    shippedAt: "2026-11-12 09:00:00",
    discountFen: 1000,
    shippingFen: 800,
    province: "浙江省",
    city: "杭州市",
    lines: [
      {
        ...item("652000000001", "加厚纯棉T恤 男款", 5900, 2),
        lineId: "3306670536475051657",
        skuText: "颜色分类:黑色;尺码:L",
        outerSkuId: "TS-BLK-L",
      },
      { ...item("652000000004", "运动短袜 5双装", 3990, 1), lineId: "3306670536476051657" },
    ],
  }),
  sampleOrder("taobao", "100000001", {
    orderId: "3306670536474051658",
    status: "unpaid",
    createdAt: "2026-11-19 21:30:00",
    discountFen: 1000,
    lines: [
      { ...item("652000000002", "316不锈钢保温杯 500ml", 8900, 1), lineId: "3306670536474051658" },
    ],
  }),
  sampleOrder("taobao", "100000001", {
    orderId: "3306670536474051659",
    status: "completed",
    ...PAID,
    shippedAt: "2026-11-12 10:00:00",
    completedAt: "2026-11-18 10:00:00",
    lines: [
      { ...item("652000000003", "纯棉毛巾 三条装", 2500, 2), lineId: "3306670536474051700" },
      {
        ...item("652000000005", "洗脸巾 抽取式", 1990, 1),
        lineId: "3306670536474051701",
        refundStatus: "refunded",
      },
    ],
  }),
  sampleOrder("taobao", "100000001", {
    orderId: "3306670536474051660",
    status: "cancelled",
    createdAt: "2026-11-05 12:00:00",
    lines: [{ ...item("652000000006", "手机支架", 2990, 1), lineId: "3306670536474051660" }],
  }),
];

const jdLine = (sku: string, title: string, unit: number, qty: number, lineId = sku) => ({
  ...item(sku, title, unit, qty),
  skuId: sku,
  lineId,
  outerSkuId: `JZ-${sku.slice(-4)}`,
});

/** JD: multi-line completed, unpaid, shipped with postage, cancelled, locked with a gift copy. */
export const JD_SAMPLE_ORDERS: Order[] = [
  sampleOrder("jd", "200000001", {
    orderId: "302000000001",
    status: "completed",
    createdAt: "2026-11-10 20:00:00",
    paidAt: "2026-11-10 20:00:05",
    shippedAt: "2026-11-11 09:00:00",
    completedAt: "2026-11-14 18:00:00",
    discountFen: 1100,
    province: "广东省",
    city: "深圳市",
    lines: [
      jdLine("100012345678", "京造 速干T恤", 4900, 2),
      jdLine("100087654321", "京造 运动袜", 1990, 1),
    ],
  }),
  sampleOrder("jd", "200000001", {
    orderId: "302000000002",
    status: "unpaid",
    createdAt: "2026-11-19 22:00:00",
    province: "北京市",
    city: "北京市",
    lines: [jdLine("100011112222", "京造 保温杯", 5900, 1)],
  }),
  sampleOrder("jd", "200000001", {
    orderId: "302000000003",
    status: "shipped",
    createdAt: "2026-11-15 09:00:00",
    paidAt: "2026-11-15 09:00:10",
    shippedAt: "2026-11-16 09:00:00",
    shippingFen: 800,
    lines: [jdLine("100033334444", "京造 数据线 1m", 3000, 1)],
  }),
  sampleOrder("jd", "200000001", {
    orderId: "302000000004",
    status: "cancelled",
    createdAt: "2026-11-12 08:00:00",
    province: "浙江省",
    city: "杭州市",
    lines: [jdLine("100055556666", "京造 收纳盒", 2500, 1)],
  }),
  sampleOrder("jd", "200000001", {
    orderId: "302000000005",
    status: "refunding",
    createdAt: "2026-11-13 10:00:00",
    paidAt: "2026-11-13 10:00:03",
    province: "上海市",
    city: "上海市",
    lines: [
      jdLine("100077778888", "京造 牙刷", 990, 1),
      jdLine("100077778888", "京造 牙刷", 990, 1, "100077778888-2"),
    ],
  }),
];

const pddLine = (
  orderId: string,
  sku: string | null,
  title: string,
  unit: number,
  qty: number,
) => ({
  ...item(`52${orderId.slice(-8)}`, title, unit, qty),
  lineId: sku ?? orderId,
  skuId: sku,
  skuText: "默认规格",
  outerSkuId: sku ? `PDD-${sku.slice(-3)}` : null,
});

const pdd = (
  orderId: string,
  input: Omit<OrderInput, "orderId" | "lines" | "createdAt"> & {
    createdAt?: string;
  },
  line: LineInput,
) =>
  sampleOrder("pdd", "300000001", {
    orderId,
    createdAt: input.paidAt ?? "",
    ...input,
    lines: [line],
  });
// (createdAt defaults to paidAt: the export has no creation time, see ../formats/pdd-orders.ts.)

/** Pinduoduo (paid orders: the export lists orders once 成交): each status with one line. */
export const PDD_SAMPLE_ORDERS: Order[] = [
  pdd(
    "261111-102345678901234",
    {
      status: "completed",
      createdAt: "2026-11-11 09:58:00",
      paidAt: "2026-11-11 10:00:00",
      shippedAt: "2026-11-12 15:00:00",
      completedAt: "2026-11-15 09:00:00",
      discountFen: 580,
      province: "浙江省",
      city: "杭州市",
    },
    pddLine("261111-102345678901234", "1100000001", "加厚珊瑚绒毯子", 1990, 2),
  ),
  pdd(
    "261112-102345678901235",
    {
      status: "shipped",
      paidAt: "2026-11-12 11:00:00",
      shippedAt: "2026-11-13 08:00:00",
      shippingFen: 500,
      province: "广东省",
      city: "广州市",
    },
    pddLine("261112-102345678901235", "1100000002", "不锈钢炒锅", 1990, 1),
  ),
  pdd(
    "261113-102345678901236",
    {
      status: "refunded",
      paidAt: "2026-11-13 12:00:00",
      shippedAt: "2026-11-13 18:00:00",
      discountFen: 200,
      province: "江苏省",
      city: "南京市",
    },
    {
      ...pddLine("261113-102345678901236", "1100000003", "儿童保温杯", 2990, 1),
      refundStatus: "refunded",
    },
  ),
  pdd(
    "261114-102345678901237",
    { status: "refunding", paidAt: "2026-11-14 09:00:00", discountFen: 500 },
    {
      ...pddLine("261114-102345678901237", null, "收纳箱 三只装", 1500, 3),
      refundStatus: "refunding",
    },
  ),
  pdd(
    "261115-102345678901238",
    { status: "paid", paidAt: "2026-11-15 09:30:00", province: "四川省", city: "成都市" },
    pddLine("261115-102345678901238", "1100000005", "手机壳", 990, 1),
  ),
];
