import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineProject } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Worker tests run inside workerd against a real local D1 (storage isolated per test file).
export default defineProject(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: here("../wrangler.toml") },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(here("./migrations")),
          DEV_ROUTES: "true",
          // Mail goes to the D1 dev outbox, where tests read it back.
          MAIL_TRANSPORT: "outbox",
        },
      },
    }),
  ],
  test: {
    name: "worker",
    include: ["test/**/*.test.ts"],
    setupFiles: ["./test/setup/apply-migrations.ts"],
  },
}));
