/**
 * Sample order exports: canonical orders → the bytes of each back office's order export, in its
 * real layout, with the buyer columns filled by fake people. Used by tests, the demo and the
 * bench. Node-only (GBK is encoded with iconv-lite); pure and deterministic for a seed.
 */
export { JD_ORDER_HEADER, jdOrdersCsv } from "./jd-orders-csv.ts";
export { PDD_ORDER_HEADER, pddOrdersCsv } from "./pdd-orders-csv.ts";
export { TAOBAO_ORDER_HEADER, taobaoOrdersCsv } from "./taobao-orders-csv.ts";
