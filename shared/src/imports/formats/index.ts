import type { ImportFormat } from "../types.ts";
import { DAILY_FORMATS } from "./daily-formats.ts";
import { ORDER_FORMATS } from "./order-formats.ts";
import { PRODUCT_FORMATS } from "./product-formats.ts";

/** Every export layout the importer reads, in the order detection tries them. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  ...ORDER_FORMATS,
  ...PRODUCT_FORMATS,
  ...DAILY_FORMATS,
];
