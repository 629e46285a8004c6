export * from "./audit.ts";
export * from "./auth.ts";
export * from "./coverage.ts";
export * from "./devices.ts";
export * from "./errors.ts";
export * from "./health.ts";
export * from "./members.ts";
export * from "./records.ts";
