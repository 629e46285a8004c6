import { ProfitOptionsSchema } from "@tongshu/shared";

/** The profit report's own URL parameters, beside the common filter. */
export interface ProfitPageOptions {
  /** Rows of the product and SKU tables (top by profit). */
  limit: number;
  orderPage: number;
  orderPageSize: number;
}

const DEFAULTS = ProfitOptionsSchema.parse({});
export const ORDER_PAGE_SIZES = [20, 50, 100, 200] as const;
/** "Show more" asks for the API's maximum number of product and SKU rows. */
export const MAX_ITEM_ROWS = ProfitOptionsSchema.shape.limit.unwrap().maxValue ?? DEFAULTS.limit;

const NAMES = ["limit", "orderPage", "orderPageSize"] as const;

/** The breakdown tables, one shown at a time (?table=…, a page-only parameter). */
export const PROFIT_TABS = ["platforms", "shops", "products", "skus", "days", "orders"] as const;
export type ProfitTab = (typeof PROFIT_TABS)[number];
export const DEFAULT_TAB: ProfitTab = "platforms";

/** A tab id from a URL value; anything else is the default. */
export function toProfitTab(value: string | null): ProfitTab {
  return (PROFIT_TABS as readonly string[]).includes(value ?? "")
    ? (value as ProfitTab)
    : DEFAULT_TAB;
}

/** The tab a query string names. */
export const parseProfitTab = (search: string): ProfitTab =>
  toProfitTab(new URLSearchParams(search).get("table"));

const FILTER_PARAMS = ["from", "to", "preset", "platform", "shop"];

/** Page parameters that are neither filter nor report options (the tab), kept on changes. */
export function otherParams(search: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(search))
    if (!FILTER_PARAMS.includes(key) && !(NAMES as readonly string[]).includes(key))
      out[key] = value;
  return out;
}

/** Reads the options from a query string; a malformed or out-of-range value falls back. */
export function parseProfitOptions(search: string): ProfitPageOptions {
  const params = new URLSearchParams(search);
  const out = { ...DEFAULTS };
  for (const name of NAMES) {
    const raw = params.get(name);
    if (raw === null) continue;
    const parsed = ProfitOptionsSchema.shape[name].safeParse(raw);
    if (parsed.success) out[name] = parsed.data;
  }
  return out;
}

/** The extra API query for the options, defaults left out: "limit=1000&orderPage=3". */
export function profitOptionsQuery(options: ProfitPageOptions): string {
  const params = new URLSearchParams();
  for (const name of NAMES)
    if (options[name] !== DEFAULTS[name]) params.set(name, String(options[name]));
  return params.toString();
}

/** The URL's parameters for options, as strings ("" removes the parameter). */
export function profitOptionsParams(options: ProfitPageOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of NAMES)
    out[name] = options[name] === DEFAULTS[name] ? "" : String(options[name]);
  return out;
}

/** Pages of orders; at least one so "page 1 of 1" reads right on an empty range. */
export function orderPageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}
