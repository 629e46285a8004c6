export * from "./alerts/rules.ts";
export * from "./api/index.ts";
export * from "./digests/schedule.ts";
export * from "./metrics/index.ts";
export * from "./money.ts";
export * from "./schemas/index.ts";
export * from "./time.ts";
