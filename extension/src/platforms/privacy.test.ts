import "fake-indexeddb/auto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleCapture } from "../background/handle-capture.ts";
import { FIXTURE_SECRET } from "../cli/replay.ts";
import { KIND_TABLES, TongshuDb } from "../db/schema.ts";
import { redactEnvelope } from "../lib/redact-envelope.ts";
import { listFixtures, loadEnvelope } from "./fixture-files.ts";

// What the fixtures carry on purpose and must never come out: phone numbers (plain or masked),
// masked names, buyer nicks/pins, street addresses, ciphertexts.
const PII_PATTERNS: RegExp[] = [
  /(?<![\w-])1[3-9]\d{9}(?!\w)/,
  /\d{3}\*{4}\d{4}/,
  /[\u4e00-\u9fa5]\*{1,3}/,
  /\*{2,}/,
  /_demo_buyer/,
  /路\d+号|街道|小区|\d+号楼|室$/,
  /~[A-Za-z0-9+/=]{20,}/,
];

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === "object" && value !== null)
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("failing envelopes kept for bug reports", () => {
  it.each(listFixtures())("$name is redacted before it could be stored", ({ file }) => {
    const redacted = redactEnvelope(loadEnvelope(file));
    const found = strings(redacted).filter((s) => PII_PATTERNS.some((p) => p.test(s)));
    expect(found.map((s) => s.slice(0, 200))).toEqual([]);
  });
});

describe("buyer data never reaches IndexedDB", () => {
  let db: TongshuDb;
  beforeAll(async () => {
    db = new TongshuDb("privacy-test");
    for (const fixture of listFixtures())
      await handleCapture(db, loadEnvelope(fixture.file), FIXTURE_SECRET, 1);
  });
  afterAll(async () => {
    db.close();
    await db.delete();
  });

  it("stores records from the fixtures", async () => {
    const counts = await Promise.all(Object.values(KIND_TABLES).map((t) => db.table(t).count()));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("has no phone, masked value, nick, address or ciphertext in any record table or the outbox", async () => {
    for (const table of [...Object.values(KIND_TABLES), "outbox", "shops", "captureLog"]) {
      const found = strings(await db.table(table).toArray()).filter((s) =>
        PII_PATTERNS.some((p) => p.test(s)),
      );
      expect(found, `table ${table}`).toEqual([]);
    }
  });

  it("has no such value in what sync would send (the outbox's records)", async () => {
    const outgoing = await Promise.all(
      (await db.outbox.toArray()).map(
        async (entry) => (await db.table(KIND_TABLES[entry.kind]).get(entry.key))?.record,
      ),
    );
    expect(outgoing.length).toBeGreaterThan(0);
    expect(strings(outgoing).filter((s) => PII_PATTERNS.some((p) => p.test(s)))).toEqual([]);
  });
});
