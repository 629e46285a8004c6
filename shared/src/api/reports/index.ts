export * from "./query.ts";
export * from "./sales.ts";
