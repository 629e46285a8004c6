import { DAY_MS, type Platform } from "@tongshu/shared";
import type { DraftOrder, DraftRefund, RefundOutcome } from "./draft.ts";
import { refundId } from "./ids.ts";
import type { Rng } from "./random.ts";

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const BEFORE_SHIP_REASONS = [
  "拍错/多拍/不想要",
  "协商一致退款",
  "地址/电话信息填写错误",
  "未按约定时间发货",
];
const AFTER_SHIP_REASONS = [
  "7天无理由退换货",
  "质量问题",
  "商品破损/少件",
  "大小/尺寸与商品描述不符",
  "收到商品与描述不符",
  "不喜欢/效果不好",
];
const SNACK_REASONS = ["口味不喜欢", "临近保质期", "包装破损/漏气", "少件/漏发"];

/** Hours from payment to shipment, by platform (JD ships fastest). */
const SHIP_HOURS: Readonly<Record<Platform, readonly [number, number]>> = {
  jd: [2, 20],
  tmall: [4, 36],
  taobao: [6, 48],
  pdd: [6, 48],
};

function outcome(rng: Rng, refunded: number, rejected: number): RefundOutcome {
  const u = rng.next();
  return u < refunded ? "refunded" : u < refunded + rejected ? "rejected" : "closed";
}

/**
 * Plans payment, shipment, completion and refunds for an order whose lines and money are set.
 * Rules: payment within the creation day; unpaid orders close within 24 h; refunds resolve
 * before the order completes (money held in escrow), so bills are net of refunds; a full
 * refund leaves the order without completion (交易关闭).
 */
export function planLifecycle(
  order: DraftOrder,
  rng: Rng,
  refundShare: number,
  promo: number,
): void {
  const { platform } = order.shop;
  const endOfDay = order.createdAt - ((order.createdAt + 8 * HOUR_MS) % DAY_MS) + DAY_MS - 1;
  if (rng.chance(platform === "pdd" ? 0.04 : 0.03)) {
    order.closeAt = Math.round(order.createdAt + rng.range(0.1, 24) * HOUR_MS);
    return;
  }
  const payDelay = rng.chance(0.85) ? rng.range(5_000, 120_000) : rng.range(2, 40) * MINUTE_MS;
  const payAt = Math.min(endOfDay, Math.round(order.createdAt + payDelay));
  order.payAt = payAt;
  const [low, high] = SHIP_HOURS[platform];
  const backlog = promo >= 2 ? rng.range(12, 72) : 0;
  let shipAt = Math.round(payAt + (rng.range(low, high) + backlog) * HOUR_MS);
  let completeAt = Math.round(shipAt + rng.range(3, 10) * DAY_MS);
  order.shipAt = shipAt;
  order.completeAt = completeAt;
  if (!rng.chance((refundShare / 0.86) * (promo >= 2 ? 1.15 : 1))) return;

  const snack = order.lines.some((l) => l.listing.product.category === "snack");
  const newRefund = (
    lineIndex: number,
    amountFen: number,
    reason: string,
    times: Omit<DraftRefund, "refundId" | "lineIndex" | "amountFen" | "reason">,
  ): DraftRefund => ({
    refundId: refundId(platform, order.date, order.index, lineIndex, rng),
    lineIndex,
    amountFen,
    reason,
    ...times,
  });

  if (rng.chance(0.45)) {
    // 仅退款 before shipment: every line in full, settled within hours.
    const requestedAt = Math.round(payAt + (shipAt - payAt) * rng.range(0.05, 0.9));
    const result = rng.chance(0.9) ? "refunded" : "closed";
    const resolvedAt = Math.round(
      requestedAt + rng.range(0.2, result === "refunded" ? 12 : 24) * HOUR_MS,
    );
    const reason = rng.pick(BEFORE_SHIP_REASONS);
    order.refunds = order.lines.map((line, i) =>
      newRefund(i, line.paidFen, reason, {
        requestedAt,
        resolvedAt,
        outcome: result,
        approvedAt: result === "refunded" ? resolvedAt : null,
      }),
    );
    if (result === "refunded") {
      order.shipAt = null;
      order.completeAt = null;
      return;
    }
    shipAt = Math.max(shipAt, Math.round(resolvedAt + rng.range(1, 12) * HOUR_MS));
    order.shipAt = shipAt;
    order.completeAt = Math.round(shipAt + rng.range(3, 10) * DAY_MS);
    return;
  }

  // After shipment: a return (退货退款) or a partial refund (仅退款, e.g. for damage).
  const requestedAt = Math.round(shipAt + rng.range(1, 7) * DAY_MS);
  const lineIndexes =
    order.lines.length > 1 && rng.chance(0.7)
      ? [rng.int(0, order.lines.length - 1)]
      : order.lines.map((_, i) => i);
  const partial = rng.chance(0.25);
  const result = outcome(rng, 0.85, 0.07);
  const approvedAt =
    result === "refunded" ? Math.round(requestedAt + rng.range(2, 24) * HOUR_MS) : null;
  const resolvedAt =
    approvedAt !== null
      ? Math.round(approvedAt + (partial ? rng.range(0, 2) * HOUR_MS : rng.range(2, 6) * DAY_MS))
      : Math.round(requestedAt + rng.range(6, 72) * HOUR_MS);
  const reason = rng.pick(snack ? SNACK_REASONS : AFTER_SHIP_REASONS);
  order.refunds = lineIndexes.map((i) => {
    const linePaid = order.lines[i]?.paidFen ?? 0;
    const amount = partial
      ? Math.min(linePaid - 1, Math.max(100, Math.round(linePaid * rng.range(0.1, 0.5))))
      : linePaid;
    return newRefund(i, amount, reason, { requestedAt, approvedAt, resolvedAt, outcome: result });
  });
  const everything = !partial && lineIndexes.length === order.lines.length;
  if (result === "refunded" && everything) {
    order.completeAt = null;
    return;
  }
  completeAt = Math.max(completeAt, Math.round(resolvedAt + rng.range(0.5, 3) * DAY_MS));
  order.completeAt = completeAt;
}
