export * from "./compare.ts";
export * from "./registry.ts";
export * from "./sales.ts";
export * from "./inventory.ts";
