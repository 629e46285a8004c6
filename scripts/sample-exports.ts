/**
 * `npm run sample-exports -- [--out DIR] [--today YYYY-MM-DD] [--scale 1]`: writes the demo's
 * sample platform exports (千牛/京东/拼多多 orders and products, 生意参谋/商智/数据中心 daily
 * figures) in the platforms' real layouts, for trying 数据导入 or `npm run import`. `npm start`
 * writes them the first time it loads the demo, for that demo's day; pass --today to match a
 * demo loaded on another day.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startOfBusinessDay, toBusinessDate } from "@tongshu/shared";
import { createDemoWorkspace } from "../worker/src/demo/index.ts";
import { DEMO_SEED } from "../worker/src/sandbox/demo-cache.ts";
import { ROOT } from "./lib/paths.ts";
import { demoSampleExports, writeSampleExports } from "./lib/sample-exports.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(ROOT, ".tongshu", "sample-exports") },
    today: { type: "string" },
    scale: { type: "string", default: "1" },
  },
});
const today = values.today ?? toBusinessDate(Date.now());
const demo = createDemoWorkspace({
  seed: DEMO_SEED,
  today,
  nowHour: 14,
  scale: Number(values.scale),
});
const exports = await demoSampleExports(demo);
const files = writeSampleExports(
  values.out,
  exports,
  Math.min(Date.now(), startOfBusinessDay(today) + 14 * 3_600_000),
);
for (const [i, file] of files.entries()) {
  const sample = exports[i];
  if (sample)
    console.log(`${file}\n    → --shop ${sample.platform}:${sample.shopId}  (${sample.note})`);
}
