import {
  FinishImportRequestSchema,
  type ImportListResponse,
  type ImportLogEntry,
  INGEST_BODY_LIMIT,
  type RecordBatch,
  type RecordBatchResult,
  RecordBatchSchema,
  type RejectedRecord,
  StartImportRequestSchema,
} from "@tongshu/shared";
import { type Context, Hono } from "hono";
import { auditIfChangedStatement, auditStatement } from "../db/audit-log.ts";
import {
  addBatchTotals,
  finishImportStatement,
  getImport,
  insertImportStatement,
  listImports,
} from "../db/imports.ts";
import type { AppEnv } from "../env.ts";
import { applyRecordBatch } from "../ingest/apply-record-batch.ts";
import { validateRecord } from "../ingest/validate-record.ts";
import { randomId } from "../lib/crypto.ts";
import { ApiError } from "../lib/errors.ts";
import { readJson } from "../lib/read-json.ts";
import { requireMember } from "../middleware/session.ts";
import { isDuplicateBatch } from "./ingest.ts";
import { inScope, memberAudit, requireEditor } from "./settings/access.ts";

const LIST_LIMIT = 50;

/** Records of the import's shop go on; any other record is rejected here, with its index. */
function splitByShop(records: unknown[], target: ImportLogEntry, now: number) {
  const kept: unknown[] = [];
  const keptIndex: number[] = [];
  const misplaced: RejectedRecord[] = [];
  records.forEach((input, index) => {
    const { platform, shopId } = (typeof input === "object" && input !== null ? input : {}) as {
      platform?: unknown;
      shopId?: unknown;
    };
    // A record without a readable shop is left to validation, which gives the precise reason.
    const readable = typeof platform === "string" && typeof shopId === "string";
    if (readable && (platform !== target.platform || shopId !== target.shopId)) {
      const check = validateRecord(input, now);
      misplaced.push({
        index,
        key: check.key,
        reason: `shopId: belongs to ${platform}:${shopId}, not to this import's shop ${target.platform}:${target.shopId}`,
      });
      return;
    }
    kept.push(input);
    keptIndex.push(index);
  });
  return { kept, keptIndex, misplaced };
}

/** The result of the kept records, with their indexes mapped back and the misplaced merged in. */
function mergeResult(
  applied: RecordBatchResult,
  keptIndex: number[],
  misplaced: RejectedRecord[],
): RecordBatchResult {
  const rejected = [
    ...applied.rejected.map((r) => ({ ...r, index: keptIndex[r.index] ?? r.index })),
    ...misplaced,
  ].sort((a, b) => a.index - b.index);
  return { ...applied, rejected };
}

/** An import of the caller's workspace (404 otherwise) in the caller's shop scope (403). */
async function ownImport(c: Context<AppEnv>): Promise<ImportLogEntry> {
  const auth = c.get("auth");
  const found = await getImport(c.env.DB, auth.workspace.id, c.req.param("id") ?? "");
  if (!found) throw new ApiError("not_found", "No such import.");
  if (!inScope(auth, found.platform, found.shopId))
    throw new ApiError("forbidden", "This import's shop is outside your shop scope.");
  return found;
}

async function entryOf(c: Context<AppEnv>, id: string): Promise<ImportLogEntry> {
  const found = await getImport(c.env.DB, c.get("auth").workspace.id, id);
  if (!found) throw new ApiError("not_found", "No such import.");
  return found;
}

/**
 * /api/v1/imports: platform export files the dashboard or CLI parsed into canonical records.
 * Batches go through the extension's ingest path (validation, upsert by natural key, batch ids
 * remembered), so a re-imported file changes nothing. Owners and admins import; any member
 * reads the log of the shops they may see.
 */
export const imports = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => {
    const auth = c.get("auth");
    const body: ImportListResponse = {
      imports: await listImports(c.env.DB, auth.workspace.id, auth.shopScope, LIST_LIMIT),
    };
    return c.json(body);
  })
  .post("/", requireEditor, async (c) => {
    const auth = c.get("auth");
    const input = await readJson(c, StartImportRequestSchema);
    if (!inScope(auth, input.platform, input.shopId))
      throw new ApiError("forbidden", "Choose a shop within your own shop scope.");
    const id = randomId("imp");
    const now = Date.now();
    await c.env.DB.batch([
      insertImportStatement(c.env.DB, auth.workspace.id, id, input, auth.member.id, now),
      auditStatement(
        c.env.DB,
        auth.workspace.id,
        memberAudit(auth, "import.start", `import:${id}`, {
          fileName: input.fileName,
          format: input.format,
          platform: input.platform,
          shopId: input.shopId,
          rows: input.rows,
          records: input.records,
          skippedRows: input.skippedRows,
        }),
        now,
      ),
    ]);
    return c.json({ import: await entryOf(c, id) }, 201);
  })
  .post("/:id/batches", requireEditor, async (c) => {
    const auth = c.get("auth");
    const target = await ownImport(c);
    if (target.status !== "running")
      throw new ApiError("import_finished", "This import is finished; start a new one.", 409);
    const batch = await readJson(c, RecordBatchSchema, INGEST_BODY_LIMIT);
    const now = Date.now();
    const { kept, keptIndex, misplaced } = splitByShop(batch.records, target, now);
    const shopName = {
      platform: target.platform,
      shopId: target.shopId,
      shopName: target.shopName,
    };
    const toApply: RecordBatch = { ...batch, records: kept, shops: batch.shops ?? [shopName] };
    const apply = () =>
      applyRecordBatch(c.env.DB, auth.workspace.id, toApply, { now, deviceId: null });
    let applied: RecordBatchResult;
    try {
      applied = await apply();
    } catch (error) {
      // As in /ingest: a concurrent send of this batch won; its result is stored, so "duplicate".
      if (!isDuplicateBatch(error)) throw error;
      applied = await apply();
    }
    const result = mergeResult(applied, keptIndex, misplaced);
    await addBatchTotals(c.env.DB, auth.workspace.id, target.id, {
      accepted: result.accepted,
      written: result.written,
      rejected: result.rejected.length,
      duplicate: result.duplicate,
    });
    return c.json(result);
  })
  .post("/:id/finish", requireEditor, async (c) => {
    const auth = c.get("auth");
    const target = await ownImport(c);
    const { status } = await readJson(c, FinishImportRequestSchema);
    // A retried finish is answered with the entry; a different verdict on a closed import is not.
    if (target.status !== "running") {
      if (target.status === status) return c.json({ import: target });
      throw new ApiError("import_finished", `This import is already ${target.status}.`, 409);
    }
    const now = Date.now();
    await c.env.DB.batch([
      finishImportStatement(c.env.DB, auth.workspace.id, target.id, status, now),
      auditIfChangedStatement(
        c.env.DB,
        auth.workspace.id,
        memberAudit(auth, "import.finish", `import:${target.id}`, {
          status,
          fileName: target.fileName,
          platform: target.platform,
          shopId: target.shopId,
          batches: target.batches,
          accepted: target.accepted,
          written: target.written,
          rejected: target.rejected,
          duplicateBatches: target.duplicateBatches,
        }),
        now,
      ),
    ]);
    return c.json({ import: await entryOf(c, target.id) });
  });
