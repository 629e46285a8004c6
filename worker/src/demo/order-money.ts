import type { Platform } from "@tongshu/shared";
import type { Rng } from "./random.ts";
import { REMOTE_PROVINCES, type Region } from "./regions.ts";

/**
 * Order money. Invariants (tested):
 *   goodsFen    = Σ line unitPriceFen × quantity
 *   paidFen     = goodsFen − discountFen + shippingFen   (what the buyer paid, postage included)
 *   Σ line paid = paidFen − shippingFen                  (the discount is spread over lines)
 *   line paid  ≤ line unitPriceFen × quantity
 */

/** Store discount (coupons, 满减, sale-day cross-store offers), at most 40% of the goods. */
export function planDiscount(
  rng: Rng,
  discountShare: number,
  goodsFen: number,
  promo: number,
): number {
  const probability =
    promo >= 2 ? 0.9 : promo === 1 ? Math.min(0.85, discountShare + 0.25) : discountShare;
  if (!rng.chance(probability)) return 0;
  let discount: number;
  if (promo >= 2 && goodsFen >= 30_000) {
    discount = Math.floor(goodsFen / 30_000) * 5_000; // 满300减50, stackable
  } else if (rng.chance(0.4)) {
    discount = Math.round((goodsFen * rng.range(0.05, 0.15)) / 10) * 10;
  } else {
    const tiers: Array<[number, number]> = [
      [19_900, 2_000],
      [9_900, 1_000],
      [4_900, 500],
      [2_900, 300],
      [0, 100],
    ];
    discount = tiers.find(([threshold]) => goodsFen >= threshold)?.[1] ?? 0;
  }
  return Math.min(discount, Math.floor(goodsFen * 0.4));
}

/** Postage: almost always free (包邮); small Taobao/JD orders and remote provinces pay. */
export function planShipping(
  rng: Rng,
  platform: Platform,
  goodsFen: number,
  region: Region | null,
): number {
  if (
    region &&
    REMOTE_PROVINCES.has(region.province) &&
    rng.chance(platform === "pdd" ? 0.4 : 0.6)
  ) {
    return rng.pick([800, 1000, 1200, 1500, 2000]);
  }
  if (platform === "taobao" && goodsFen < 2_900 && rng.chance(0.6)) return 500;
  if (platform === "jd" && goodsFen < 4_900 && rng.chance(0.3)) return 600;
  return 0;
}

/** 运费险 / 退货宝 premium the seller pays per order, 0 when the order has none. */
export function planInsurance(rng: Rng, platform: Platform): number {
  const share = platform === "pdd" ? 0.5 : platform === "jd" ? 0.2 : 0.4;
  return rng.chance(share) ? rng.int(3, 15) * 10 : 0;
}
