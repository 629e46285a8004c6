import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../e2e/lib/browser.ts";
import { ROOT } from "../scripts/lib/paths.ts";
import { type BenchEntry, entry } from "./lib/report.ts";

const RECORDS = 10_000;
const RUNS = 5;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** IndexedDB upsert of 10k records in real Chromium (the extension's Dexie code) vs raw IDB puts. */
export async function benchIndexedDb(): Promise<BenchEntry[]> {
  const bundle = await build({
    entryPoints: [`${ROOT}bench/browser/idb-upsert-entry.ts`],
    bundle: true,
    format: "iife",
    write: false,
    platform: "browser",
    target: "chrome120",
  });
  const script = bundle.outputFiles[0]?.text ?? "";
  const server = createServer((req, res) => {
    if (req.url === "/bench.js")
      res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const upsert: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      upsert.push(
        await page.evaluate(
          (n) =>
            (globalThis as unknown as { benchUpsert(n: number): Promise<number> }).benchUpsert(n),
          RECORDS,
        ),
      );
      raw.push(
        await page.evaluate(
          (n) => (globalThis as unknown as { benchRaw(n: number): Promise<number> }).benchRaw(n),
          RECORDS,
        ),
      );
    }
    return [
      entry({
        name: "capture: IndexedDB upsert of 10k records (Chromium)",
        metric: "records/s",
        value: RECORDS / (median(upsert) / 1000),
        baselineName: "raw IndexedDB put, same rows, one tx",
        baseline: RECORDS / (median(raw) / 1000),
        notes: `median of ${RUNS} runs; upsert = hash + bulkGet + newer-wins filter + bulkPut + outbox, chunked by 1,000.`,
      }),
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
