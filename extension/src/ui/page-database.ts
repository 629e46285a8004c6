import { TongshuDb } from "../db/schema.ts";

let db: TongshuDb | undefined;

/**
 * The page's own read connection to the extension's IndexedDB, for exports: the data may be far
 * too big for a runtime message. Writes go through the service worker.
 */
export function pageDatabase(): TongshuDb {
  db ??= new TongshuDb();
  return db;
}
