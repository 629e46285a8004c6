import type { Parser } from "../types.ts";
import { adUnits } from "./ad-units.ts";
import { afterSales } from "./after-sales.ts";
import { bills } from "./bills.ts";
import { goodsData } from "./goods-data.ts";
import { goodsList } from "./goods-list.ts";
import { mallOverview } from "./mall-overview.ts";
import { recentOrders } from "./recent-orders.ts";

/** Every pdd parser, registered by endpoint in ../registry.ts. */
export const PDD_PARSERS: readonly Parser[] = [
  recentOrders,
  goodsList,
  mallOverview,
  goodsData,
  afterSales,
  bills,
  adUnits,
];
