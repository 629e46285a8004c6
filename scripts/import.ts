/**
 * `npm run import -- FILE --shop taobao:57300001 [--shop-name 名字] [--valid-rows] [--dry-run]
 *   [--url http://127.0.0.1:8787] [--email you@example.com]`
 *
 * Imports a platform export (千牛/京东/拼多多 orders, products, 生意参谋/商智/数据中心 daily
 * figures; CSV or .xlsx) into one shop, through the same parser the dashboard uses and the
 * server's normal ingest. Buyer columns are dropped on this machine before anything is sent.
 * The password comes from TONGSHU_PASSWORD; against the local `npm start` server the demo
 * owner is used when no --email is given. A file with bad rows imports nothing unless
 * --valid-rows is passed.
 */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { PlatformSchema } from "@tongshu/shared";
import { login, prepareImport, sendImport } from "./lib/import-client.ts";

const USAGE =
  "usage: npm run import -- FILE --shop PLATFORM:SHOP_ID [--shop-name NAME] [--valid-rows] [--dry-run] [--url URL] [--email EMAIL]";
const DEMO = { email: "demo@example.com", password: "tongshu-demo" };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    shop: { type: "string" },
    "shop-name": { type: "string" },
    "valid-rows": { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    url: { type: "string", default: "http://127.0.0.1:8787" },
    email: { type: "string" },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const file = positionals[0];
const shopMatch = /^(taobao|tmall|jd|pdd):([A-Za-z0-9_.:-]{1,64})$/.exec(values.shop ?? "");
if (!file || !shopMatch) fail(USAGE);
const platform = PlatformSchema.parse(shopMatch[1]);
const shopId = shopMatch[2] ?? "";

const bytes = new Uint8Array(await readFile(file));
const { mtimeMs } = await stat(file);
const prepared = await prepareImport(bytes, basename(file), { platform, shopId }, mtimeMs).catch(
  (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
);
const { table, mapped } = prepared;
const format = table.format;
if (!format) fail(`${file}: unknown layout`);

console.log(`${basename(file)}: ${format.label.zh} (${format.label.en})`);
console.log(
  `  ${table.fileType}${table.encoding ? ` ${table.encoding}` : ""}, header on row ${table.headerRowNumber}, ${mapped.dataRows} data rows → ${mapped.records.length} records`,
);
if (table.droppedColumns.length > 0) {
  console.log(
    `  dropped on this machine, never sent: ${table.droppedColumns.length} buyer columns (${table.droppedColumns.join(", ")})`,
  );
}
if (mapped.issues.length > 0) {
  console.log(`  ${mapped.skippedRows} rows have problems:`);
  for (const issue of mapped.issues.slice(0, 20)) {
    const column = issue.column ? `, column ${issue.column}` : "";
    console.log(`    row ${issue.row}${column}: ${issue.message}`);
  }
  if (mapped.issues.length > 20) console.log(`    … and ${mapped.issues.length - 20} more`);
  if (!values["valid-rows"]) {
    fail(
      `Nothing was imported. Fix the file, or pass --valid-rows to import the ${mapped.records.length} valid records.`,
    );
  }
}
if (values["dry-run"]) {
  console.log("Dry run: nothing was sent.");
  process.exit(0);
}
if (mapped.records.length === 0) fail("No valid records to import.");

const url = values.url.replace(/\/+$/, "");
const isLocal = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(url);
const email = values.email ?? (isLocal ? DEMO.email : undefined);
const password =
  process.env.TONGSHU_PASSWORD ?? (isLocal && !values.email ? DEMO.password : undefined);
if (!email || !password) fail("Pass --email and set TONGSHU_PASSWORD to import into a server.");

try {
  const session = await login(url, email, password);
  const outcome = await sendImport(
    session,
    prepared,
    values["shop-name"] ?? null,
    (done, total) => {
      process.stdout.write(`\r  sending batch ${done}/${total}`);
    },
  );
  process.stdout.write("\n");
  const entry = outcome.entry;
  const rejected = outcome.results.flatMap((result) => result.rejected);
  console.log(
    `Imported into ${platform}:${shopId}: ${entry.accepted} accepted, ${entry.written} written, ${entry.accepted - entry.written} unchanged, ${entry.rejected} rejected${entry.duplicateBatches > 0 ? `, ${entry.duplicateBatches} batches already imported before` : ""}.`,
  );
  for (const reason of rejected.slice(0, 10))
    console.log(`  rejected: ${reason.key ?? `#${reason.index}`}: ${reason.reason}`);
  console.log(`Data quality: ${url}/quality?shop=${platform}:${shopId}`);
} catch (error) {
  fail(
    `import failed: ${error instanceof Error ? error.message : String(error)} (is the server running?)`,
  );
}
