export * from "./query.ts";
export * from "./sales.ts";
export * from "./products.ts";
export * from "./inventory.ts";
export * from "./ads.ts";
export * from "./traffic.ts";
export * from "./customers.ts";
export * from "./profit.ts";
