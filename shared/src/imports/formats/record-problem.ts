import { CanonicalRecordSchema } from "../../schemas/record.ts";
import type { ImportIssue, ImportIssueCode, ImportRow } from "../types.ts";

/** Why the canonical schema refuses a record ("path: message"), or null when it passes. */
export function recordProblem(record: unknown): string | null {
  const parsed = CanonicalRecordSchema.safeParse(record);
  if (parsed.success) return null;
  const first = parsed.error.issues[0];
  return `${first?.path.join(".") || "record"}: ${first?.message ?? "invalid"}`;
}

/** An issue on one row, naming the file's header for `key` (or the whole row when null). */
export function rowIssue(
  row: ImportRow,
  key: string | null,
  code: ImportIssueCode,
  message: string,
): ImportIssue {
  return {
    row: row.rowNumber,
    column: key === null ? null : (row.header(key) ?? key),
    code,
    value: key === null ? null : row.get(key).slice(0, 80),
    message,
  };
}
