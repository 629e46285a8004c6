import type { Platform } from "@tongshu/shared";
import { shopId } from "./ids.ts";
import type { DemoShop } from "./types.ts";

export type Category = "kitchen" | "home" | "snack";

/** How one demo shop behaves. The brand (禾屿) and every figure are invented. */
export interface ShopSpec {
  key: string;
  platform: Platform;
  shopName: string;
  /** Share of all orders at the start of the window. */
  share: number;
  /** Growth of order volume over 180 days (0.3 = +30%). */
  growth: number;
  categories: readonly Category[];
  /** Share of the catalogue's products this shop lists. */
  listingShare: number;
  /** Listed price relative to the seller's list price (Pinduoduo: the group price). */
  priceFactor: number;
  /** Popularity tilt by price: > 0 favours dearer products (Tmall), < 0 cheaper ones (Pinduoduo). */
  priceTilt: number;
  multiLineShare: number;
  /** Share of orders with a refund that goes through (target; requests are a bit more). */
  refundShare: number;
  /** Share of orders placed by the shop's returning customers. */
  loyalShare: number;
  discountShare: number;
  /** Visitor → buyer conversion on a normal day. */
  conversion: number;
  /** Ad spend as a share of the day's GMV. */
  adShare: number;
  /** Multiplies the 双11 / 618 boost for this shop (JD leads 618, Tmall leads 双11). */
  peak1111: number;
  peak618: number;
}

export const SHOP_SPECS: readonly ShopSpec[] = [
  {
    key: "tb",
    platform: "taobao",
    shopName: "禾屿家居生活馆",
    share: 0.15,
    growth: -0.05,
    categories: ["kitchen", "home", "snack"],
    listingShare: 0.55,
    priceFactor: 0.95,
    priceTilt: -0.35,
    multiLineShare: 0.18,
    refundShare: 0.08,
    loyalShare: 0.3,
    discountShare: 0.35,
    conversion: 0.032,
    adShare: 0.07,
    peak1111: 1,
    peak618: 0.9,
  },
  {
    key: "tm",
    platform: "tmall",
    shopName: "禾屿旗舰店",
    share: 0.3,
    growth: 0.25,
    categories: ["kitchen", "home", "snack"],
    listingShare: 0.85,
    priceFactor: 1,
    priceTilt: 0.35,
    multiLineShare: 0.2,
    refundShare: 0.095,
    loyalShare: 0.28,
    discountShare: 0.5,
    conversion: 0.04,
    adShare: 0.1,
    peak1111: 1.3,
    peak618: 1,
  },
  {
    key: "jd",
    platform: "jd",
    shopName: "禾屿家居京东旗舰店",
    share: 0.21,
    growth: 0.2,
    categories: ["kitchen", "home", "snack"],
    listingShare: 0.65,
    priceFactor: 1,
    priceTilt: 0.2,
    multiLineShare: 0.17,
    refundShare: 0.065,
    loyalShare: 0.25,
    discountShare: 0.45,
    conversion: 0.035,
    adShare: 0.11,
    peak1111: 0.9,
    peak618: 1.4,
  },
  {
    key: "pdd",
    platform: "pdd",
    shopName: "禾屿官方旗舰店",
    share: 0.24,
    growth: 0.6,
    categories: ["kitchen", "home"],
    listingShare: 0.6,
    priceFactor: 0.78,
    priceTilt: -0.6,
    multiLineShare: 0,
    refundShare: 0.095,
    loyalShare: 0.2,
    discountShare: 0.25,
    conversion: 0.055,
    adShare: 0.12,
    peak1111: 0.8,
    peak618: 0.8,
  },
  {
    key: "pdds",
    platform: "pdd",
    shopName: "禾屿小食铺",
    share: 0.1,
    growth: 0.4,
    categories: ["snack"],
    listingShare: 0.95,
    priceFactor: 0.8,
    priceTilt: -0.4,
    multiLineShare: 0,
    refundShare: 0.07,
    loyalShare: 0.4,
    discountShare: 0.3,
    conversion: 0.06,
    adShare: 0.09,
    peak1111: 0.8,
    peak618: 0.7,
  },
];

export interface DemoShopRuntime extends DemoShop {
  index: number;
  spec: ShopSpec;
}

export function buildShops(seed: number): DemoShopRuntime[] {
  return SHOP_SPECS.map((spec, index) => ({
    index,
    spec,
    platform: spec.platform,
    shopId: shopId(spec.platform, seed, spec.key),
    shopName: spec.shopName,
  }));
}
