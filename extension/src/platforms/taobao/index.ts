import type { Parser } from "../types.ts";
import { disputeListParser } from "./dispute-list.ts";
import { disputePageParser } from "./dispute-page.ts";
import { itemEditorParser } from "./item-editor.ts";
import { itemTableParser } from "./item-table.ts";
import { orderDetailParser } from "./order-detail.ts";
import { soldOrdersParser } from "./sold-orders.ts";
import { sycmFlowOverviewParser } from "./sycm-flow-overview.ts";
import { sycmItemTopParser } from "./sycm-item-top.ts";
import { sycmOverviewParser } from "./sycm-overview.ts";
import { sycmRefundCasesParser } from "./sycm-refund-cases.ts";
import { tbkOverviewParser } from "./tbk-overview.ts";
import { tmallOrderDetailParser } from "./tmall-order-detail.ts";
import { wxtReportParser } from "./wxt-report.ts";
import { ztcReportParser } from "./ztc-report.ts";

/** Every taobao parser (Taobao and Tmall shops), registered by endpoint in ../registry.ts. */
export const TAOBAO_PARSERS: readonly Parser[] = [
  soldOrdersParser,
  orderDetailParser,
  tmallOrderDetailParser,
  itemTableParser,
  itemEditorParser,
  sycmOverviewParser,
  sycmFlowOverviewParser,
  sycmItemTopParser,
  sycmRefundCasesParser,
  wxtReportParser,
  ztcReportParser,
  tbkOverviewParser,
  disputeListParser,
  disputePageParser,
];
