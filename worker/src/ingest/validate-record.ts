import {
  type CanonicalRecord,
  CanonicalRecordSchema,
  naturalKey,
  toBusinessDate,
} from "@tongshu/shared";

// Clocks drift; a capture a few minutes "ahead" of the Worker is a clock, not a lie.
const CLOCK_SKEW_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Validated =
  | { ok: true; record: CanonicalRecord; key: string }
  | { ok: false; key: string | null; reason: string };

function instantsOf(record: CanonicalRecord): Array<[string, number | null]> {
  switch (record.kind) {
    case "order":
      return [
        ["createdAt", record.createdAt],
        ["paidAt", record.paidAt],
        ["shippedAt", record.shippedAt],
        ["completedAt", record.completedAt],
      ];
    case "refund":
      return [
        ["createdAt", record.createdAt],
        ["completedAt", record.completedAt],
      ];
    case "settlement":
      return [["occurredAt", record.occurredAt]];
    default:
      return [];
  }
}

/** A reason the record describes the future (relative to `now`), or null. */
function futureProblem(record: CanonicalRecord, now: number): string | null {
  if (record.capturedAt > now + CLOCK_SKEW_MS) return "capturedAt: is in the future";
  for (const [field, value] of instantsOf(record)) {
    if (value !== null && value > record.capturedAt + CLOCK_SKEW_MS)
      return `${field}: is after capturedAt`;
  }
  if ("date" in record && record.date > toBusinessDate(now + DAY_MS))
    return "date: is in the future";
  return null;
}

/** Validates one untrusted record with the shared schema plus the checks that need a clock. */
export function validateRecord(input: unknown, now: number): Validated {
  const parsed = CanonicalRecordSchema.safeParse(input);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "record"}: ${i.message}`)
      .join("; ");
    return { ok: false, key: null, reason };
  }
  const record = parsed.data;
  const key = naturalKey(record);
  const problem = futureProblem(record, now);
  return problem ? { ok: false, key, reason: problem } : { ok: true, record, key };
}
