import { addDays, isBusinessDate, listDates, startOfBusinessDay } from "@tongshu/shared";
import { dayWeight, hourWeightsUntil } from "./calendar.ts";
import { buildCatalogue, buildCosts, type CatalogueProduct } from "./catalogue.ts";
import { buildListings, type Listing, plantDataQuality } from "./listings.ts";
import { buildShops, type DemoShopRuntime } from "./shops.ts";
import type { DemoCost, DemoDataQuality, DemoOptions } from "./types.ts";

/** Orders at scale 1 over 180 complete days. */
export const ORDERS_PER_180_DAYS = 50_000;

/** Everything fixed for a workspace; per-day generation reads it and never changes it. */
export interface DemoContext {
  seed: number;
  days: number;
  /** dates[0] = first complete day, dates[days] = today. */
  dates: string[];
  today: string;
  now: number;
  nowHour: number;
  pddTodayObfuscated: boolean;
  shops: DemoShopRuntime[];
  catalogue: CatalogueProduct[];
  listings: Listing[];
  listingsByShop: Listing[][];
  costs: DemoCost[];
  dataQuality: DemoDataQuality;
  /** Expected orders per [shop][day index]; today's figure covers the hours before `now`. */
  expected: number[][];
  /** Size of each shop's returning-customer pool. */
  loyalPool: number[];
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(`createDemoWorkspace: ${message}`);
}

export function createContext(options: DemoOptions): DemoContext {
  const {
    today,
    seed = 1,
    days = 180,
    scale = 1,
    nowHour = 14,
    pddTodayObfuscated = true,
  } = options;
  check(isBusinessDate(today), `today must be a date (YYYY-MM-DD), got ${String(today)}`);
  check(Number.isInteger(seed), "seed must be an integer");
  check(
    Number.isInteger(days) && days >= 1 && days <= 3660,
    "days must be an integer from 1 to 3660",
  );
  check(
    Number.isFinite(scale) && scale > 0 && scale <= 1000,
    "scale must be a number in (0, 1000]",
  );
  check(Number.isFinite(nowHour) && nowHour >= 0 && nowHour < 24, "nowHour must be in [0, 24)");

  const from = addDays(today, -days);
  const dates = listDates({ from, to: today });
  const shops = buildShops(seed);
  const catalogue = buildCatalogue(seed, days);
  const listings = buildListings(seed, shops, catalogue, days, Number(today.slice(0, 4)));
  const dataQuality = plantDataQuality(seed, listings);
  const todayShare = hourWeightsUntil(today, nowHour).share;

  const raw = shops.map((shop) =>
    dates.map(
      (date, d) => shop.spec.share * dayWeight(shop.spec, date, d) * (d === days ? todayShare : 1),
    ),
  );
  let fullDays = 0;
  for (const row of raw) for (let d = 0; d < days; d++) fullDays += row[d] ?? 0;
  const target = (ORDERS_PER_180_DAYS * scale * days) / 180;
  const expected = raw.map((row) => row.map((w) => (w * target) / fullDays));
  const loyalPool = expected.map((row) =>
    Math.max(20, Math.round(row.reduce((s, x) => s + x, 0) * 0.08)),
  );

  return {
    seed,
    days,
    dates,
    today,
    now: Math.round(startOfBusinessDay(today) + nowHour * 3_600_000),
    nowHour,
    pddTodayObfuscated,
    shops,
    catalogue,
    listings,
    listingsByShop: shops.map((shop) => listings.filter((l) => l.shop === shop)),
    costs: buildCosts(seed, catalogue, from, days),
    dataQuality,
    expected,
    loyalPool,
  };
}

/** The instant a business day ends (23:59:59.999 Beijing). */
export function endOfDay(date: string): number {
  return startOfBusinessDay(addDays(date, 1)) - 1;
}
