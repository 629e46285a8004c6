import { defineConfig } from "vitest/config";

// One `vitest run` covers every package. Worker tests run in workerd (worker/vitest.config.ts);
// the rest are plain Node. Browser tests (e2e/) start wrangler dev and Chromium themselves.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "shared", include: ["shared/src/**/*.test.ts"], environment: "node" } },
      { test: { name: "worker-node", include: ["worker/src/**/*.test.ts"], environment: "node" } },
      "worker/vitest.config.ts",
      { test: { name: "dashboard", include: ["dashboard/src/**/*.test.ts"], environment: "node" } },
      { test: { name: "extension", include: ["extension/src/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/setup/global-setup.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
