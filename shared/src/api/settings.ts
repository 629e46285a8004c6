/**
 * Settings the reports read (/api/v1/settings/…): cross-platform products and their links,
 * unit costs with effective dates, platform fees, report defaults and other costs.
 * Reads by any member unless noted; writes by owners and admins; cost figures only for
 * members who may see costs.
 */
export * from "./settings/common.ts";
export * from "./settings/costs.ts";
export * from "./settings/fees.ts";
export * from "./settings/products.ts";
