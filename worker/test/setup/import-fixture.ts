import { env } from "cloudflare:workers";
import type { RecordOfKind, StartImportRequest } from "@tongshu/shared";
import { insertImportStatement } from "../../src/db/imports.ts";
import { randomId } from "../../src/lib/crypto.ts";
import { order } from "./fixtures.ts";

/** A Taobao order export of the fixtures' shop (57300001), as the dashboard would start it. */
export function startBody(overrides: Partial<StartImportRequest> = {}): StartImportRequest {
  return {
    fileName: "ExportOrderList202611.csv",
    fileSha256: "ab".repeat(32),
    format: "taobao-orders",
    platform: "taobao",
    shopId: "57300001",
    shopName: "甜橙家居淘宝店",
    rows: 6,
    records: 6,
    skippedRows: 0,
    ...overrides,
  };
}

/** An order as the Taobao export importer makes it: no buyer, no region, the export's parser. */
export function importedOrder(
  overrides: Partial<RecordOfKind<"order">> = {},
): RecordOfKind<"order"> {
  return order({
    source: { url: "import:ExportOrderList202611.csv", parser: "import/taobao-orders@1" },
    buyerKey: null,
    province: null,
    city: null,
    ...overrides,
  });
}

/** A running import inserted directly (the isolation matrix needs a fresh one per call). */
export async function newImport(
  workspaceId: string,
  memberId: string,
  overrides: Partial<StartImportRequest> = {},
): Promise<string> {
  const id = randomId("imp");
  await insertImportStatement(
    env.DB,
    workspaceId,
    id,
    startBody(overrides),
    memberId,
    Date.now(),
  ).run();
  return id;
}
