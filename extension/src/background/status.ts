import { KIND_TABLES } from "../db/schema.ts";
import type { StatusResponse } from "../lib/messages.ts";
import { database } from "./database.ts";
import { readInstall } from "./install.ts";

/** The popup's view of the extension: what is stored locally and how capture went. */
export async function getStatus(): Promise<StatusResponse> {
  const install = await readInstall();
  const db = database();
  const counts = await Promise.all(
    Object.values(KIND_TABLES).map((name) => db.table(name).count()),
  );
  const last = await db.captureLog.orderBy("id").last();
  return {
    version: install.version,
    installedAt: install.installedAt,
    paired: false,
    captureEnabled: true,
    storedRecords: counts.reduce((a, b) => a + b, 0),
    lastCaptureAt: last?.at ?? null,
    failedCaptures: await db.captureLog.where("outcome").equals("failed").count(),
  };
}
