import { INGEST_BODY_LIMIT, type RecordBatchResult, RecordBatchSchema } from "@tongshu/shared";
import { Hono } from "hono";
import type { AppEnv } from "../env.ts";
import { applyRecordBatch } from "../ingest/apply-record-batch.ts";
import { readJson } from "../lib/read-json.ts";
import { requireDevice } from "../middleware/device.ts";
import { extensionCors } from "../middleware/extension-cors.ts";

/** Two sends of one batch can race past the "seen before?" check; the loser hits the key. */
export function isDuplicateBatch(error: unknown): boolean {
  return error instanceof Error && /UNIQUE constraint failed: ingest_batches/.test(error.message);
}

/**
 * POST /api/v1/ingest (device token): one batch of canonical records into the device's own
 * workspace. 200 with the per-record result, also when some records were rejected.
 */
export const ingest = new Hono<AppEnv>().use(extensionCors).post("/", requireDevice, async (c) => {
  const batch = await readJson(c, RecordBatchSchema, INGEST_BODY_LIMIT);
  const device = c.get("device");
  const apply = () =>
    applyRecordBatch(c.env.DB, device.workspaceId, batch, {
      now: Date.now(),
      deviceId: device.id,
    });
  let result: RecordBatchResult;
  try {
    result = await apply();
  } catch (error) {
    // The batch rolled back; the winner's result is stored now, so this answers "duplicate".
    if (!isDuplicateBatch(error)) throw error;
    result = await apply();
  }
  return c.json(result);
});
