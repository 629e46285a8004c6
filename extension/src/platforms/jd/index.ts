import type { Parser } from "../types.ts";
import { jdJztCampaigns } from "./jzt-campaigns.ts";
import { jdPorderOrders } from "./porder-orders.ts";
import { jdSffGateway } from "./sff-gateway.ts";
import { jdSzLegacyTradeSummary } from "./sz-legacy-trade-summary.ts";
import { jdSzProductTable } from "./sz-product-table.ts";
import { jdSzTradeSummary } from "./sz-trade-summary.ts";
import { jdWareSearch } from "./ware-search.ts";

/** Every jd parser, registered by endpoint in ../registry.ts. */
export const JD_PARSERS: readonly Parser[] = [
  jdPorderOrders,
  jdSffGateway,
  jdWareSearch,
  jdSzTradeSummary,
  jdSzProductTable,
  jdSzLegacyTradeSummary,
  jdJztCampaigns,
];
