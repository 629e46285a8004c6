/**
 * The import Web Worker: reads, maps and encodes an export off the main thread, so a 100k-row
 * file never freezes the page (the page only renders what this posts back).
 */
import type { WorkerRequest, WorkerResponse } from "./import-messages.ts";
import { describeFailure, planJob, type ReadImport, readJob } from "./import-worker-jobs.ts";

// The dashboard compiles with the DOM lib; this is the part of a worker's global scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
let current: ReadImport | null = null;

function reply(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    if (request.type === "read") {
      current = null;
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      const { read, preview } = await readJob(bytes, request.file);
      current = read;
      reply({ id: request.id, ok: true, type: "read", preview });
      return;
    }
    if (!current) throw new Error("no file has been read");
    const plan = await planJob(current, request.shop, Date.now());
    // The batch bodies move to the page without a copy.
    reply(
      { id: request.id, ok: true, type: "plan", plan },
      plan.batches.map((body) => body.buffer as ArrayBuffer),
    );
  } catch (error) {
    reply({ id: request.id, ok: false, failure: describeFailure(error) });
  }
};
