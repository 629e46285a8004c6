import { quarantineReasons } from "../db/quarantine.ts";
import { KIND_TABLES } from "../db/schema.ts";
import { isCapturingAnything } from "../lib/capture-prefs.ts";
import type { StatusResponse } from "../lib/messages.ts";
import { readCapturePrefs } from "../lib/settings.ts";
import { readSyncState } from "../sync/sync-state.ts";
import { database } from "./database.ts";
import { readDevice } from "./device-store.ts";
import { readInstall } from "./install.ts";

/** The pages' view of the extension: what is stored locally, how capture and sync went. */
export async function getStatus(): Promise<StatusResponse> {
  const install = await readInstall();
  const device = await readDevice();
  const db = database();
  const counts = await Promise.all(
    Object.values(KIND_TABLES).map((name) => db.table(name).count()),
  );
  const last = await db.captureLog.orderBy("id").last();
  const state = await readSyncState(db);
  return {
    version: install.version,
    installedAt: install.installedAt,
    paired: device !== null,
    workspaceName: device?.workspace.name ?? null,
    serverUrl: device?.serverUrl ?? null,
    captureEnabled: isCapturingAnything(await readCapturePrefs()),
    storedRecords: counts.reduce((a, b) => a + b, 0),
    lastCaptureAt: last?.at ?? null,
    failedCaptures: await db.captureLog.where("outcome").equals("failed").count(),
    sync: {
      pending: await db.outbox.count(),
      quarantined: await db.quarantine.count(),
      quarantineReasons: await quarantineReasons(db),
      lastSuccessAt: state.lastSuccessAt,
      lastError: state.lastError,
      nextAttemptAt: state.nextAttemptAt,
      needsPairing: state.needsPairing,
    },
  };
}
