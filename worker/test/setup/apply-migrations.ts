import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";

// Every test file starts from the real migrations, exactly as `wrangler d1 migrations apply` runs them.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
