/**
 * `npm test`: every test of every package, browsers included. Builds what the browser tests
 * load (dashboard, dev extension), makes sure Chromium is there, then runs one vitest.
 */
import { spawn } from "node:child_process";
import { ensureAiosmtpd } from "./lib/ensure-aiosmtpd.ts";
import { ensureChromium } from "./lib/ensure-chromium.ts";
import { QUIET_WRANGLER_ENV, ROOT } from "./lib/paths.ts";
import { run } from "./lib/run.ts";

await ensureChromium();
await ensureAiosmtpd();
console.log("Building the dashboard and both extension builds for the browser tests…");
await run("npm", ["run", "--silent", "build", "-w", "dashboard"], { quiet: true });
await run("npm", ["run", "--silent", "build:dev", "-w", "extension"], { quiet: true });
await run("npm", ["run", "--silent", "build", "-w", "extension"], { quiet: true });

const vitest = spawn(`${ROOT}node_modules/.bin/vitest`, ["run", ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: { ...process.env, ...QUIET_WRANGLER_ENV },
});
vitest.on("close", (code) => process.exit(code ?? 1));
