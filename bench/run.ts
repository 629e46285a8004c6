/**
 * `npm run bench`: speed and memory figures, each printed as a ratio to a baseline measured in
 * the same run (these machines are noisy; compare ratios, not raw numbers). `--scale=0.2` for a
 * quicker run.
 */
import { benchDashboard } from "./dashboard.bench.ts";
import { benchHook } from "./hook.bench.ts";
import { benchIndexedDb } from "./idb.bench.ts";
import { benchImport } from "./import.bench.ts";
import { benchIngest } from "./ingest.bench.ts";
import { report } from "./lib/report.ts";
import { benchOverlay } from "./overlay.bench.ts";
import { benchReports } from "./reports.bench.ts";
import { benchSync } from "./sync.bench.ts";

const scaleArg = process.argv.find((a) => a.startsWith("--scale="));
const scale = scaleArg ? Number(scaleArg.slice("--scale=".length)) : 1;
if (!(scale > 0)) throw new Error("--scale must be a positive number");

report([
  ...(await benchIngest(scale)),
  ...(await benchReports(scale)),
  ...(await benchDashboard(scale)),
  ...(await benchSync()),
  ...(await benchHook()),
  ...(await benchOverlay()),
  ...(await benchIndexedDb()),
  ...(await benchImport()),
]);
