// Test-only helper; test files import "fake-indexeddb/auto" first, before Dexie loads.
import "fake-indexeddb/auto";
import { afterEach, beforeEach } from "vitest";
import { TongshuDb } from "./schema.ts";

/**
 * Test-only: a fresh, empty TongshuDb (fake-indexeddb) for every test, deleted afterwards.
 * `use` receives each new database, e.g. `withTestDb((opened) => { db = opened; })`.
 */
export function withTestDb(use: (db: TongshuDb) => void): void {
  let current: TongshuDb | undefined;
  beforeEach(async () => {
    current = new TongshuDb(`test-${Math.random()}`);
    await current.open();
    use(current);
  });
  afterEach(async () => {
    current?.close();
    await current?.delete();
  });
}
