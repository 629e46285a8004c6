import type { ShopRef } from "@tongshu/shared";
import type {
  ImportPlan,
  ImportPreview,
  WorkerFailure,
  WorkerRequest,
  WorkerResponse,
} from "./import-messages.ts";

/** The worker could not read or map the file; `failure` says why, for the page to word. */
export class ImportWorkerError extends Error {
  override readonly name = "ImportWorkerError";
  constructor(readonly failure: WorkerFailure) {
    super(failure.kind === "failed" ? failure.message : `unreadable file (${failure.code})`);
  }
}

type Pending = { resolve: (response: WorkerResponse) => void; reject: (error: Error) => void };

/**
 * One file's worker: `read` it, then `plan` it for a shop (as often as the shop changes).
 * A new file gets a new worker, so an earlier file's work can never answer for it.
 */
export class ImportWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor() {
    this.worker = new Worker(new URL("./import-worker.ts", import.meta.url), { type: "module" });
    this.worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const waiting = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      waiting?.resolve(event.data);
    };
    // A worker that failed to load or crashed answers nothing: fail every open request.
    this.worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(
        new ImportWorkerError({ kind: "failed", message: event.message || "worker error" }),
      );
    };
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private async ask(make: (id: number) => WorkerRequest): Promise<WorkerResponse> {
    const request = make(this.nextId++);
    const response = await new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
    if (!response.ok) throw new ImportWorkerError(response.failure);
    return response;
  }

  async read(file: File): Promise<ImportPreview> {
    const response = await this.ask((id) => ({ id, type: "read", file }));
    if (!response.ok || response.type !== "read") throw new Error("unexpected worker answer");
    return response.preview;
  }

  async plan(shop: ShopRef): Promise<ImportPlan> {
    const response = await this.ask((id) => ({ id, type: "plan", shop }));
    if (!response.ok || response.type !== "plan") throw new Error("unexpected worker answer");
    return response.plan;
  }

  terminate(): void {
    this.worker.terminate();
    this.failAll(new ImportWorkerError({ kind: "failed", message: "cancelled" }));
  }
}
