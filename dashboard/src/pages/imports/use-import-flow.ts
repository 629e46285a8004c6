import type { ShopRef } from "@tongshu/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, getCoverage } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import type { ImportPlan, ImportPreview, WorkerFailure } from "./import-messages.ts";
import {
  addBatchResult,
  BATCH_ATTEMPTS,
  type ImportTotals,
  isRetryable,
  retryDelayMs,
  startTotals,
} from "./import-progress.ts";
import { ImportWorker, ImportWorkerError } from "./import-worker-client.ts";
import { finishImport, sendImportBatch, startImport } from "./imports-api.ts";

export type ImportEnding = "done" | "cancelled" | "failed";

/** Where the seller is: choose a file → preview and shop → check → importing → done. */
export type FlowState =
  | { step: "choose" }
  | { step: "reading"; fileName: string }
  | { step: "unreadable"; fileName: string; failure: WorkerFailure }
  | {
      step: "preview";
      preview: ImportPreview;
      /** The shop chosen last (kept when the seller steps back from the check). */
      shop: ShopRef | null;
      planning: boolean;
      failure: WorkerFailure | null;
    }
  | { step: "check"; preview: ImportPreview; plan: ImportPlan }
  | {
      step: "importing";
      preview: ImportPreview;
      plan: ImportPlan;
      totals: ImportTotals;
      started: boolean;
      cancelling: boolean;
    }
  | {
      step: "done";
      preview: ImportPreview;
      plan: ImportPlan;
      totals: ImportTotals;
      ending: ImportEnding;
      error: unknown;
      finishError: unknown;
    };

const failureOf = (error: unknown): WorkerFailure =>
  error instanceof ImportWorkerError
    ? error.failure
    : { kind: "failed", message: error instanceof Error ? error.message : String(error) };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends one batch; a resend is harmless (the batch id makes it a duplicate), so blips are retried. */
async function sendWithRetry(importId: string, body: Uint8Array) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendImportBatch(importId, body);
    } catch (error) {
      if (attempt >= BATCH_ATTEMPTS || !isRetryable(error)) throw error;
      await wait(retryDelayMs(error, attempt + 1));
    }
  }
}

/** The import page's steps, its worker and the batch loop. `onFinished` refreshes the log. */
export function useImportFlow(onFinished: () => void) {
  const { signedOut } = useAuth();
  const [state, setState] = useState<FlowState>({ step: "choose" });
  const worker = useRef<ImportWorker | null>(null);
  const cancelled = useRef(false);

  // Leaving the page stops the import after the batch in flight (finished as failed).
  useEffect(
    () => () => {
      cancelled.current = true;
      worker.current?.terminate();
    },
    [],
  );

  const importing = state.step === "importing";
  useEffect(() => {
    if (!importing) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [importing]);

  const chooseFile = useCallback(async (file: File) => {
    worker.current?.terminate();
    const own = new ImportWorker();
    worker.current = own;
    setState({ step: "reading", fileName: file.name });
    try {
      const preview = await own.read(file);
      if (worker.current === own)
        setState({ step: "preview", preview, shop: null, planning: false, failure: null });
    } catch (error) {
      if (worker.current === own) {
        setState({ step: "unreadable", fileName: file.name, failure: failureOf(error) });
      }
    }
  }, []);

  const reset = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setState({ step: "choose" });
  }, []);

  const check = useCallback(async (preview: ImportPreview, shop: ShopRef) => {
    const own = worker.current;
    if (!own) return;
    setState({ step: "preview", preview, shop, planning: true, failure: null });
    try {
      const plan = await own.plan(shop);
      if (worker.current === own) setState({ step: "check", preview, plan });
    } catch (error) {
      if (worker.current === own) {
        setState({ step: "preview", preview, shop, planning: false, failure: failureOf(error) });
      }
    }
  }, []);

  const backToPreview = useCallback((preview: ImportPreview, shop: ShopRef) => {
    setState({ step: "preview", preview, shop, planning: false, failure: null });
  }, []);

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((s) => (s.step === "importing" ? { ...s, cancelling: true } : s));
  }, []);

  const run = useCallback(
    async (preview: ImportPreview, plan: ImportPlan) => {
      const format = preview.format;
      if (!format) return;
      cancelled.current = false;
      let totals = startTotals(plan.batchRecords);
      setState({ step: "importing", preview, plan, totals, started: false, cancelling: false });
      const end = (ending: ImportEnding, error: unknown, finishError: unknown) => {
        getCoverage.clear();
        onFinished();
        setState({ step: "done", preview, plan, totals, ending, error, finishError });
      };
      // A 401 means the session expired meanwhile: back to login, as every page does.
      const sessionEnded = (error: unknown) => {
        if (!(error instanceof ApiRequestError) || error.status !== 401) return false;
        signedOut();
        return true;
      };
      let importId: string;
      try {
        const entry = await startImport({
          fileName: preview.fileName.slice(0, 255),
          fileSha256: plan.fileSha256,
          format: format.id,
          platform: plan.shop.platform,
          shopId: plan.shop.shopId,
          shopName: plan.shop.shopName,
          rows: plan.dataRows,
          records: plan.records,
          skippedRows: plan.skippedRows,
        });
        importId = entry.id;
      } catch (error) {
        if (!sessionEnded(error)) end("failed", error, null);
        return;
      }
      setState((s) => (s.step === "importing" ? { ...s, started: true } : s));
      let error: unknown = null;
      for (const [i, body] of plan.batches.entries()) {
        if (cancelled.current) break;
        try {
          const result = await sendWithRetry(importId, body);
          totals = addBatchResult(totals, result, plan.batchRecords[i] ?? 0);
          const next = totals;
          setState((s) => (s.step === "importing" ? { ...s, totals: next } : s));
        } catch (caught) {
          error = caught;
          break;
        }
      }
      if (sessionEnded(error)) return;
      const ending: ImportEnding =
        error !== null ? "failed" : totals.batchesDone < totals.batches ? "cancelled" : "done";
      let finishError: unknown = null;
      try {
        await finishImport(importId, ending === "done" ? "done" : "failed");
      } catch (caught) {
        finishError = caught;
      }
      end(ending, error, finishError);
    },
    [onFinished, signedOut],
  );

  return { state, chooseFile, reset, check, backToPreview, run, cancel };
}
