export * from "./alerts/rules.ts";
export * from "./api/index.ts";
export * from "./money.ts";
export * from "./schemas/index.ts";
export * from "./time.ts";
export * from "./metrics/index.ts";
