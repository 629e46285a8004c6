/**
 * `npm run deploy`: puts Tongshu on your own Cloudflare account. Creates the D1 database on
 * first run (and writes its id into wrangler.toml), applies migrations remotely, builds the
 * dashboard and deploys the Worker with its static assets. Needs `npx wrangler login` first
 * (or CLOUDFLARE_API_TOKEN + CLOUDFLARE_ACCOUNT_ID in the environment).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { QUIET_WRANGLER_ENV, ROOT, WRANGLER_BIN } from "./lib/paths.ts";
import { run } from "./lib/run.ts";

const PLACEHOLDER_ID = "00000000-0000-4000-8000-000000000000";
const config = join(ROOT, "wrangler.toml");
const wrangler = (args: string[], quiet = false) =>
  run(WRANGLER_BIN, args, { env: { ...QUIET_WRANGLER_ENV }, quiet });

try {
  await wrangler(["whoami"]);
  let toml = readFileSync(config, "utf8");
  if (toml.includes(PLACEHOLDER_ID)) {
    console.log("Creating the D1 database `tongshu` on your account…");
    const output = await wrangler(["d1", "create", "tongshu"], true);
    const id = /database_id"?\s*[=:]\s*"([0-9a-f-]{36})"/.exec(output)?.[1];
    if (!id) throw new Error(`could not read the new database id from wrangler:\n${output}`);
    toml = toml.replace(PLACEHOLDER_ID, id);
    writeFileSync(config, toml);
    console.log(`D1 database created (${id}); its id is now in wrangler.toml — commit it.`);
  }
  console.log("Applying migrations to the remote D1…");
  await wrangler(["d1", "migrations", "apply", "DB", "--remote"]);
  console.log("Building the dashboard…");
  await run("npm", ["run", "--silent", "build", "-w", "dashboard"]);
  console.log("Deploying the Worker…");
  await wrangler(["deploy"]);
  console.log(
    "\nDeployed. Next: create the owner account with `npm run admin -- create-owner` (see README).",
  );
} catch (error) {
  console.error(`deploy failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
