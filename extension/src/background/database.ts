import { TongshuDb } from "../db/schema.ts";

let db: TongshuDb | undefined;

/** The service worker's one connection to the extension's IndexedDB. */
export function database(): TongshuDb {
  db ??= new TongshuDb();
  return db;
}
