import {
  FinishImportResponseSchema,
  type ImportListResponse,
  ImportListResponseSchema,
  type ImportLogEntry,
  type RecordBatchResult,
  RecordBatchResultSchema,
  type StartImportRequest,
  StartImportResponseSchema,
} from "@tongshu/shared";
import { ApiRequestError, readApiError, requestJson } from "../../api.ts";

/** GET /api/v1/imports: the workspace's latest imports, newest first. */
export function getImports(signal?: AbortSignal): Promise<ImportListResponse> {
  return requestJson("/api/v1/imports", ImportListResponseSchema, { signal });
}

/** POST /api/v1/imports (owner/admin): opens an import of one file into one shop. */
export async function startImport(body: StartImportRequest): Promise<ImportLogEntry> {
  const response = await requestJson("/api/v1/imports", StartImportResponseSchema, {
    method: "POST",
    body,
  });
  return response.import;
}

/**
 * POST /api/v1/imports/:id/batches with one RecordBatch. The body arrives already encoded as
 * JSON by the import worker, so the main thread never stringifies thousands of records.
 */
export async function sendImportBatch(id: string, body: Uint8Array): Promise<RecordBatchResult> {
  const path = `/api/v1/imports/${encodeURIComponent(id)}/batches`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { accept: "application/json", "content-type": "application/json" },
      credentials: "include",
      body: body as Uint8Array<ArrayBuffer>,
    });
  } catch (cause) {
    throw new ApiRequestError(
      0,
      "network_error",
      cause instanceof Error ? cause.message : String(cause),
    );
  }
  if (!response.ok) throw await readApiError(response);
  const parsed = RecordBatchResultSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      "invalid_response",
      `unexpected response from ${path}`,
    );
  }
  return parsed.data;
}

/** POST /api/v1/imports/:id/finish: closes the import (failed when the seller cancelled). */
export async function finishImport(id: string, status: "done" | "failed"): Promise<ImportLogEntry> {
  const response = await requestJson(
    `/api/v1/imports/${encodeURIComponent(id)}/finish`,
    FinishImportResponseSchema,
    { method: "POST", body: { status } },
  );
  return response.import;
}
