import type { Worker } from "playwright-core";

// Evaluated inside the service worker, where `chrome` exists; Node's types do not know it.
declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };

/** Counts and a sample per object store of the extension's IndexedDB, read inside its service worker. */
export interface DbSnapshot {
  counts: Record<string, number>;
  records: Record<string, Array<{ key: string; record: Record<string, unknown> }>>;
}

/** Reads the extension's own IndexedDB ("tongshu") from the service worker, with plain IDB calls. */
export function readExtensionDb(worker: Worker, stores: string[]): Promise<DbSnapshot> {
  return worker.evaluate(async (names: string[]) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("tongshu");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const counts: Record<string, number> = {};
    const records: Record<string, Array<{ key: string; record: Record<string, unknown> }>> = {};
    for (const name of names) {
      const rows = await all<{ key: string; record: Record<string, unknown> }>(name);
      counts[name] = rows.length;
      records[name] = rows;
    }
    db.close();
    return { counts, records };
  }, stores);
}

/** Waits until Plasmo has registered the MAIN-world hook: pages opened before that are not hooked. */
export async function waitForHookRegistration(worker: Worker): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const registered = await worker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (registered > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the MAIN-world hook was never registered");
}
