import {
  type Ad,
  type Platform,
  type Settlement,
  type SettlementType,
  startOfBusinessDay,
} from "@tongshu/shared";
import type { DemoContext } from "./context.ts";
import { type DraftOrder, refundedByLine } from "./draft.ts";
import { DAY_LEVEL_INDEX, entryId } from "./ids.ts";
import { captureAfter } from "./project.ts";
import { at, type Rng } from "./random.ts";
import type { Category, DemoShopRuntime } from "./shops.ts";
import { demoSource } from "./sources.ts";

/** Platform commission (天猫 / 京东 类目佣金) by category; Taobao C-shops and Pinduoduo pay none. */
const COMMISSION: Readonly<Record<Platform, Readonly<Record<Category, number>>>> = {
  taobao: { kitchen: 0, home: 0, snack: 0 },
  tmall: { kitchen: 0.05, home: 0.05, snack: 0.02 },
  jd: { kitchen: 0.08, home: 0.08, snack: 0.05 },
  pdd: { kitchen: 0, home: 0, snack: 0 },
};
/** Per-order service fees: Taobao 基础软件服务费, 天猫积分, Pinduoduo 技术服务费. */
const SERVICE_FEE: Readonly<Record<Platform, number>> = {
  taobao: 0.006,
  tmall: 0.005,
  jd: 0,
  pdd: 0.006,
};
/** Shop deposit (保证金) frozen at the start of the window. */
const DEPOSIT_FEN: Readonly<Record<Platform, number>> = {
  taobao: 100_000,
  tmall: 5_000_000,
  jd: 3_000_000,
  pdd: 200_000,
};

type Add = (type: SettlementType, occurredAt: number, amountFen: number) => void;

/** Collects bill lines of one shop; `idOf` numbers them. */
function collector(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  orderId: string | null,
  idOf: (type: SettlementType) => string,
) {
  const out: Settlement[] = [];
  const { platform, shopId } = shop;
  const add: Add = (type, occurredAt, amountFen) => {
    const capturedAt = captureAfter([occurredAt], ctx.now);
    const source = demoSource("settlement", platform);
    out.push({
      kind: "settlement",
      platform,
      shopId,
      capturedAt,
      source,
      entryId: idOf(type),
      orderId,
      occurredAt,
      type,
      amountFen,
    });
  };
  return { out, add };
}

/**
 * Bill lines of one order, as of `now`: the 运费险 premium when paid; on completion the income
 * (paid − refunded: refunds settle from escrow before completion, so there is no separate
 * refund line) with commission and service fee deducted, each rounded to the fen.
 */
export function orderSettlements(ctx: DemoContext, order: DraftOrder, rng: Rng): Settlement[] {
  const { platform } = order.shop;
  const { out, add } = collector(ctx, order.shop, order.orderId, (type) =>
    entryId(platform, order.date, order.index, type, rng),
  );
  if (order.insuranceFen > 0 && order.payAt !== null && order.payAt <= ctx.now) {
    add("shipping", order.payAt, -order.insuranceFen);
  }
  const completeAt = order.completeAt;
  if (completeAt === null || completeAt > ctx.now) return out;
  const income = order.paidFen - refundedByLine(order, completeAt).reduce((s, x) => s + x, 0);
  add("income", completeAt, income);
  const category = at(order.lines, 0).listing.product.category;
  const commission = Math.round(income * COMMISSION[platform][category]);
  if (commission > 0) add("commission", completeAt, -commission);
  const fee = Math.round(income * SERVICE_FEE[platform]);
  if (fee > 0) add("service_fee", completeAt, -fee);
  return out;
}

/**
 * Day-level bill lines: the day's ad spend deducted (complete days only), the deposit on the
 * first day, and now and then an "other" line (after-sales compensation or a platform subsidy).
 */
export function daySettlements(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  day: number,
  ads: readonly Ad[],
  rng: Rng,
): Settlement[] {
  const date = at(ctx.dates, day);
  const { platform } = shop;
  const start = startOfBusinessDay(date);
  const slot: Record<SettlementType, number> = {
    income: 0,
    commission: 0,
    service_fee: 0,
    shipping: 0,
    deposit: 0,
    refund: 0,
    ad: 1,
    other: 2,
  };
  const { out, add } = collector(ctx, shop, null, (type) =>
    entryId(platform, date, DAY_LEVEL_INDEX + slot[type], type, rng),
  );
  if (day === 0) add("deposit", start + 10 * 3_600_000, -DEPOSIT_FEN[platform]);
  if (day >= ctx.days) return out;
  const spend = ads.reduce((s, a) => s + a.spendFen, 0);
  if (spend > 0) add("ad", start + 86_399_000, -spend);
  if (rng.chance(0.06)) {
    const subsidy = platform === "pdd" && rng.chance(0.5);
    const amount = subsidy ? rng.int(10, 200) * 100 : -rng.int(5, 50) * 100;
    add("other", Math.round(start + rng.range(9, 20) * 3_600_000), amount);
  }
  return out;
}
