import type { CaptureLogEntry, TongshuDb } from "./schema.ts";

/** How many capture outcomes are kept (failures with their envelopes among them). */
export const CAPTURE_LOG_LIMIT = 500;

/** Appends one outcome and drops the oldest beyond the limit. */
export async function logCapture(db: TongshuDb, entry: Omit<CaptureLogEntry, "id">): Promise<void> {
  await db.transaction("rw", db.captureLog, async () => {
    await db.captureLog.add(entry);
    const excess = (await db.captureLog.count()) - CAPTURE_LOG_LIMIT;
    if (excess > 0) {
      const oldest = await db.captureLog.orderBy("id").limit(excess).primaryKeys();
      await db.captureLog.bulkDelete(oldest);
    }
  });
}

/** The failing envelopes still in the log, newest first, for "export for a bug report". */
export async function failedEnvelopes(db: TongshuDb): Promise<CaptureLogEntry[]> {
  return (await db.captureLog.where("outcome").equals("failed").reverse().sortBy("id")).filter(
    (e) => e.envelope !== null,
  );
}
