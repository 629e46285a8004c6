/**
 * `npm start`: builds the dashboard and the extension, applies migrations to the local D1, loads
 * the demo workspace when the database is empty, serves everything on 127.0.0.1:8787, and prints
 * what to open. Ctrl-C stops it all.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { DEMO_OWNER, listWorkspaces, loadDemoWorkspace } from "./lib/demo-loader.ts";
import { EXTENSION_DEV_BUILD, LOCAL_STATE, ROOT } from "./lib/paths.ts";
import { run } from "./lib/run.ts";
import { demoSampleExports, writeSampleExports } from "./lib/sample-exports.ts";
import { applyLocalMigrations, startDevServer } from "./lib/wrangler-dev.ts";

const PORT = 8787;
const SAMPLE_EXPORTS = join(ROOT, ".tongshu", "sample-exports");

function step(text: string): void {
  console.log(`\x1b[36m▸\x1b[0m ${text}`);
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${port} is in use: is another \`npm start\` running? Stop it first.`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

let stopServer: (() => Promise<void>) | undefined;
try {
  await assertPortFree(PORT);
  step("Building the dashboard…");
  await run("npm", ["run", "--silent", "build", "-w", "dashboard"], { quiet: true });
  step("Building the extension (dev build, also reads the local sandbox)…");
  await run("npm", ["run", "--silent", "build:dev", "-w", "extension"], { quiet: true });
  step("Applying migrations to the local D1…");
  await applyLocalMigrations(LOCAL_STATE);
  step(`Starting the Worker (wrangler dev) on 127.0.0.1:${PORT}…`);
  const server = await startDevServer({ port: PORT, persistTo: LOCAL_STATE });
  stopServer = server.stop;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log("\nStopping…");
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.process.on("exit", (code) => {
    if (!stopping) {
      console.error(
        `wrangler dev stopped unexpectedly (exit ${code}).\n${server.log().slice(-2000)}`,
      );
      process.exit(1);
    }
  });

  if ((await listWorkspaces(server.url)).length === 0) {
    step("Loading the demo workspace (180 days, 3 platforms) through the ingest path…");
    let last = 0;
    const result = await loadDemoWorkspace(server.url, {
      onProgress: (n) => {
        if (n - last >= 20_000) {
          last = n;
          process.stdout.write(`  ${n.toLocaleString("en-US")} records…\n`);
        }
      },
    });
    step(
      `Demo loaded: ${result.records.toLocaleString("en-US")} records in ${(result.millis / 1000).toFixed(1)} s.`,
    );
    // Exports of the same demo day, for trying 数据导入 (the 千牛 one fills the demo's gap).
    writeSampleExports(SAMPLE_EXPORTS, await demoSampleExports(result.demo), result.demo.now);
  }
  const samples = existsSync(SAMPLE_EXPORTS)
    ? `\n  Imports:     sample platform exports of the demo shops to try 数据导入 (or npm run import):
               ${SAMPLE_EXPORTS}
               then open 数据质量 to see the gap they fill and what they disagree on`
    : "";

  console.log(`
  \x1b[1m通数 Tongshu is running.\x1b[0m

  Dashboard:   ${server.url}/
  Demo login:  ${DEMO_OWNER.email}  /  ${DEMO_OWNER.password}
  Extension:   load this folder as an unpacked extension (chrome://extensions → Developer mode → Load unpacked):
               ${EXTENSION_DEV_BUILD}
  Sandbox:     ${server.url}/sandbox/  (simplified Taobao/Tmall, JD and Pinduoduo back offices with
               the demo shops: open them with the extension loaded to watch capture work)
  Email:       digests set up under 设置 → 邮件摘要 are kept, not sent, in the dev outbox:
               ${server.url}/api/v1/dev/outbox   (「立即发送」 sends one now; the cron runs every 15 min,
               or trigger it: curl "${server.url}/__scheduled?cron=*/15+*+*+*+*")
  API health:  ${server.url}/api/v1/health${samples}

  Press Ctrl-C to stop.
`);
} catch (error) {
  console.error(
    `\x1b[31mnpm start failed:\x1b[0m ${error instanceof Error ? error.message : String(error)}`,
  );
  await stopServer?.();
  process.exit(1);
}
