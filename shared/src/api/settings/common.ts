import * as z from "zod";
import { INVENTORY_DEFAULTS } from "../../metrics/stock-lists.ts";
import { IdSchema } from "../../schemas/primitives.ts";

/** A virtual product groups SKUs by outer code until a user names, links or costs it. */
export const VIRTUAL_PRODUCT_PREFIX = "outer:";

/** Workspace report defaults when report_settings has no row (matches the migration). */
export const REPORT_SETTINGS_DEFAULTS = {
  leadTimeDays: INVENTORY_DEFAULTS.leadTimeDays,
  safetyStockDays: INVENTORY_DEFAULTS.safetyStockDays,
  slowMovingDays: INVENTORY_DEFAULTS.slowMovingDays,
  overstockDays: INVENTORY_DEFAULTS.overstockDays,
} as const;

/** Whole days for replenishment settings (0–365). */
export const ReplenishmentDaysSchema = z.number().int("days must be whole").min(0).max(365);
/** A rate in basis points (1 bp = 0.01%), 0–100%. */
export const BasisPointsSchema = z.number().int("basis points must be whole").min(0).max(10_000);
/** Text a user typed: no control characters (tabs and newlines included). */
export const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;

/** A product row's id, or a virtual "outer:<code>" (made a row by the first write to it). */
export const ProductIdSchema = z.string().min(1).max(200);
/** An outer code (商家编码) as the seller typed it; compared exactly, like the reports do. */
export const OuterCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(NO_CONTROL_CHARACTERS, "no control characters");
export const ProductNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(NO_CONTROL_CHARACTERS, "no control characters");
/** A SKU id; "0" names an item without SKUs (as listings and the rollups key it). */
export const SkuIdSchema = IdSchema;

/** Rows one import takes (a spreadsheet of a seller's catalogue or costs). */
export const MAX_IMPORT_ROWS = 1000;
