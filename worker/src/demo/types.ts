import type { CanonicalRecord, DateRange, Platform, Sku } from "@tongshu/shared";

export interface DemoOptions {
  /** Any integer; the same seed and options give the same workspace, record for record. */
  seed?: number;
  /** The Beijing business date "now" falls on (YYYY-MM-DD). */
  today: string;
  /** Complete days before `today` (default 180); `today` itself is added as a partial day. */
  days?: number;
  /** 1 ≈ 50,000 orders over 180 days; orders scale linearly with `scale` and `days`. */
  scale?: number;
  /** Beijing hour of "now" on `today`, fractional allowed (default 14 = 14:00). */
  nowHour?: number;
  /** Pinduoduo's data center shows today's figures in an obfuscated font: emit them as null (default true). */
  pddTodayObfuscated?: boolean;
}

export interface DemoShop {
  platform: Platform;
  shopId: string;
  shopName: string;
}

/** One SKU of the seller's own catalogue, identified by its outer code (商家编码). */
export interface DemoCatalogueSku {
  outerSkuId: string;
  skuText: string;
  /** The seller's reference price before per-platform pricing. */
  listPriceFen: number;
}

export interface DemoListingSku {
  skuId: string;
  /** Usually the catalogue code; null where the seller left it empty, sometimes a wrong code. */
  outerSkuId: string | null;
  skuText: string;
  priceFen: number;
}

/** One product as listed in one shop: its own item id, title and SKU ids. */
export interface DemoListing {
  platform: Platform;
  shopId: string;
  itemId: string;
  title: string;
  skus: DemoListingSku[];
}

export interface DemoProduct {
  productId: string;
  name: string;
  category: "kitchen" | "home" | "snack";
  /** First day the product sells in the window, null when it was already on sale. */
  launchedOn: string | null;
  /** Day the product was taken off the shelves, null when still on sale. */
  discontinuedOn: string | null;
  skus: DemoCatalogueSku[];
  listings: DemoListing[];
}

/** A unit cost per outer code, valid from `effectiveFrom` until the next entry for that code. */
export interface DemoCost {
  outerSkuId: string;
  effectiveFrom: string;
  unitCostFen: number;
}

/** Deliberate data-quality findings the checks should report. */
export interface DemoDataQuality {
  missingOuterCode: Array<{ platform: Platform; shopId: string; itemId: string; skuId: string }>;
  reusedOuterCode: Array<{ outerSkuId: string; productIds: string[] }>;
}

export interface DemoWorkspace {
  seed: number;
  /** First full day to `today`. */
  range: DateRange;
  today: string;
  /** The instant the data is "as of": `today` at `nowHour` Beijing time (epoch ms). */
  now: number;
  shops: DemoShop[];
  products: DemoProduct[];
  costs: DemoCost[];
  dataQuality: DemoDataQuality;
  /** Every record in chunks of at most `chunkSize` (default 1000): SKUs first, then day by day. */
  records(options?: { chunkSize?: number }): Generator<CanonicalRecord[]>;
  /** Records of one day (orders created that day and what follows from them, traffic, ads). */
  dayRecords(date: string, shopId?: string): CanonicalRecord[];
  /** The current listing of every SKU in every shop. */
  skuRecords(): Sku[];
}
