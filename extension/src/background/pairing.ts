import { clearLocalData } from "../db/quarantine.ts";
import type { PairReply, PairRequestMessage } from "../lib/messages.ts";
import { saveServerUrl } from "../lib/settings.ts";
import { pairDevice } from "../sync/pair-device.ts";
import { resetSyncState } from "../sync/sync-state.ts";
import { database } from "./database.ts";
import { clearDevice, saveDevice } from "./device-store.ts";
import { requestSync } from "./sync-runner.ts";

/**
 * Pairs this browser with a workspace: trades the code for credentials, stores them, clears a
 * stale "pair again" state and starts sending what is already queued.
 */
export async function handlePair(request: PairRequestMessage): Promise<PairReply> {
  const outcome = await pairDevice(
    (url, init) => fetch(url, init),
    request.serverUrl,
    request.code,
    request.deviceName,
  );
  if (!outcome.ok) return outcome;
  await saveDevice(request.serverUrl, outcome.pairing, Date.now());
  await saveServerUrl(request.serverUrl);
  await resetSyncState(database());
  void requestSync(true);
  return { ok: true, workspaceName: outcome.pairing.workspace.name };
}

/**
 * Forgets the device. Captured data stays (it syncs after pairing again) unless the user
 * explicitly asked to clear this browser's data too.
 */
export async function handleUnpair(clearData: boolean): Promise<{ ok: true }> {
  await clearDevice();
  const db = database();
  if (clearData) await clearLocalData(db);
  else await resetSyncState(db);
  return { ok: true };
}
