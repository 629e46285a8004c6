import type {
  ImportLogEntry,
  Platform,
  RecordBatchResult,
  StartImportRequest,
} from "@tongshu/shared";
import {
  type ImportTable,
  importBatches,
  importCapturedAt,
  type MappedImport,
  mapImportTable,
  readImportFile,
  sha256Hex,
} from "@tongshu/shared/imports/index";

/** A logged-in client of one Tongshu server (session cookie), for imports from a terminal. */
export interface ImportSession {
  baseUrl: string;
  cookie: string;
}

export async function login(
  baseUrl: string,
  email: string,
  password: string,
): Promise<ImportSession> {
  const res = await fetch(`${baseUrl}/api/v1/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  return { baseUrl, cookie: (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "" };
}

async function post<T>(session: ImportSession, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${session.baseUrl}/api/v1${path}`, {
    method: "POST",
    headers: { cookie: session.cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) {
    let message = text.slice(0, 300);
    try {
      message = (JSON.parse(text) as { error?: { message?: string } }).error?.message ?? message;
    } catch {}
    throw new Error(`POST ${path} → HTTP ${res.status}: ${message}`);
  }
  return JSON.parse(text) as T;
}

export interface PreparedImport {
  table: ImportTable;
  mapped: MappedImport;
  sha256: string;
  platform: Platform;
  shopId: string;
}

/** Reads and maps a file for one shop, exactly as the dashboard does in its worker. */
export async function prepareImport(
  bytes: Uint8Array,
  fileName: string,
  shop: { platform: Platform; shopId: string },
  lastModified: number,
): Promise<PreparedImport> {
  const table = await readImportFile(bytes, fileName);
  if (!table.format) {
    const closest = table.closest
      ? ` The closest layout is ${table.closest.format.label.en}, which also needs: ${table.closest.missing.join(", ")}.`
      : "";
    throw new Error(`${fileName}: not an export layout Tongshu knows.${closest}`);
  }
  if (!table.format.platforms.includes(shop.platform)) {
    throw new Error(
      `${fileName} is a ${table.format.label.en}, which belongs to ${table.format.platforms.join("/")}, not ${shop.platform}`,
    );
  }
  const mapped = mapImportTable(table, table.format, {
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt: importCapturedAt(lastModified, Date.now()),
    sourceUrl: `import:${fileName}`.slice(0, 2000),
  });
  return { table, mapped, sha256: await sha256Hex(bytes), ...shop };
}

export interface ImportOutcome {
  entry: ImportLogEntry;
  results: RecordBatchResult[];
}

/** Sends a prepared import's valid records through the server's import route, batch by batch. */
export async function sendImport(
  session: ImportSession,
  prepared: PreparedImport,
  shopName: string | null,
  onBatch: (done: number, total: number, result: RecordBatchResult) => void = () => {},
): Promise<ImportOutcome> {
  const { table, mapped } = prepared;
  const format = table.format;
  if (!format) throw new Error("the file has no known layout");
  const request: StartImportRequest = {
    fileName: table.fileName.slice(0, 255),
    fileSha256: prepared.sha256,
    format: format.id,
    platform: prepared.platform,
    shopId: prepared.shopId,
    shopName,
    rows: mapped.dataRows,
    records: mapped.records.length,
    skippedRows: mapped.skippedRows,
  };
  const started = await post<{ import: ImportLogEntry }>(session, "/imports", request);
  const id = started.import.id;
  const batches = await importBatches(mapped.records, {
    sha256: prepared.sha256,
    platform: prepared.platform,
    shopId: prepared.shopId,
    shopName,
  });
  const results: RecordBatchResult[] = [];
  try {
    for (const [i, batch] of batches.entries()) {
      const result = await post<RecordBatchResult>(session, `/imports/${id}/batches`, batch);
      results.push(result);
      onBatch(i + 1, batches.length, result);
    }
  } catch (error) {
    await post(session, `/imports/${id}/finish`, { status: "failed" }).catch(() => {});
    throw error;
  }
  const finished = await post<{ import: ImportLogEntry }>(session, `/imports/${id}/finish`, {
    status: "done",
  });
  return { entry: finished.import, results };
}
