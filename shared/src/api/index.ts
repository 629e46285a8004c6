export * from "./auth.ts";
export * from "./coverage.ts";
export * from "./errors.ts";
export * from "./health.ts";
export * from "./records.ts";
