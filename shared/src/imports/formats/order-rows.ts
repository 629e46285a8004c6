import type { Order } from "../../schemas/order.ts";
import { idCell, readRow } from "../cells.ts";
import type {
  FormatResult,
  ImportContext,
  ImportIssue,
  ImportIssueCode,
  ImportRow,
  MappedRecord,
} from "../types.ts";
import { recordProblem, rowIssue } from "./record-problem.ts";

/**
 * The engine the three order-export formats share: rows are grouped by order id (the rows of one
 * order may lie apart), each row is read by the format, order-level cells must agree across the
 * order's rows, and the format builds one Order from the group. A bad cell anywhere leaves the
 * whole order out; every emitted record passes the canonical schema and the Worker's time check.
 */

/** The order fields a format computes; the engine stamps kind, shop, capture time and source. */
export type OrderBody = Omit<Order, "kind" | "platform" | "shopId" | "capturedAt" | "source">;

/** A whole-order problem (totals that do not add up), blamed on one column. */
export class OrderProblem extends Error {
  override readonly name = "OrderProblem";
  constructor(
    readonly key: string,
    message: string,
    readonly code: ImportIssueCode = "inconsistent",
  ) {
    super(message);
  }
}

/** One row as a format read it. */
export interface ParsedRow<O, L> {
  /** Order-level values by column key: every row of one order must carry the same ones. */
  order: O;
  line: L;
}

export interface OrderRowSpec<O extends Record<string, unknown>, L> {
  /** `source.parser` of the records, e.g. "import/jd-orders@1". */
  parser: string;
  orderIdKey: string;
  /**
   * The column key each order-level field is read from, so a disagreement names the file's
   * header (a field named as its column key needs no entry).
   */
  orderColumns?: Readonly<Partial<Record<keyof O, string>>>;
  /** Reads one row; throws CellError for a bad cell. */
  readRow(row: ImportRow): ParsedRow<O, L>;
  /** One order from its rows' shared order fields and their lines (file order); may throw OrderProblem. */
  buildOrder(orderId: string, order: O, lines: L[]): OrderBody;
}

// The Worker refuses instants after capturedAt beyond this clock skew (validate-record.ts).
const CLOCK_SKEW_MS = 10 * 60 * 1000;

/** Order-level keys whose values differ between the rows of one order. */
function disagreeingKeys(orders: readonly Record<string, unknown>[]): string[] {
  const first = orders[0] ?? {};
  return Object.keys(first).filter((key) => {
    const value = JSON.stringify(first[key]);
    return orders.some((order) => JSON.stringify(order[key]) !== value);
  });
}

/** Why the Worker would refuse the record, or null (see worker/src/ingest/validate-record.ts). */
function orderRecordProblem(record: Order): string | null {
  const problem = recordProblem(record);
  if (problem !== null) return problem;
  const instants = ["createdAt", "paidAt", "shippedAt", "completedAt"] as const;
  const late = instants.find((field) => {
    const value = record[field];
    return value !== null && value > record.capturedAt + CLOCK_SKEW_MS;
  });
  return late ? `${late}: is after capturedAt (the file's time)` : null;
}

/** Maps the rows of an order export into order records and issues (see the file comment). */
export function mapOrderRows<O extends Record<string, unknown>, L>(
  rows: readonly ImportRow[],
  context: ImportContext,
  spec: OrderRowSpec<O, L>,
): FormatResult {
  const issues: ImportIssue[] = [];
  const groups = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const orderId = readRow(row, issues, () => idCell(row, spec.orderIdKey));
    if (orderId === undefined) continue;
    groups.set(orderId, [...(groups.get(orderId) ?? []), row]);
  }
  const records: MappedRecord[] = [];
  for (const [orderId, group] of groups) {
    const record = mapGroup(orderId, group, context, spec, issues);
    if (record) records.push({ record, rows: group.map((r) => r.rowNumber).sort((a, b) => a - b) });
  }
  issues.sort((a, b) => a.row - b.row);
  return { records, issues };
}

function mapGroup<O extends Record<string, unknown>, L>(
  orderId: string,
  group: readonly ImportRow[],
  context: ImportContext,
  spec: OrderRowSpec<O, L>,
  issues: ImportIssue[],
): Order | null {
  const parsed = group.map((row) => ({
    row,
    value: readRow(row, issues, () => spec.readRow(row)),
  }));
  const bad = parsed.filter((p) => p.value === undefined).map((p) => p.row.rowNumber);
  if (bad.length > 0) {
    for (const { row, value } of parsed) {
      if (value !== undefined)
        issues.push(
          rowIssue(row, null, "invalid_record", `order ${orderId} left out: row ${bad[0]} is bad`),
        );
    }
    return null;
  }
  const read = parsed.flatMap((p) => (p.value ? [{ row: p.row, ...p.value }] : []));
  const split = disagreeingKeys(read.map((r) => r.order));
  if (split.length > 0) {
    const columnsOf: Readonly<Record<string, string | undefined>> = spec.orderColumns ?? {};
    const keys = [...new Set(split.map((field) => columnsOf[field] ?? field))];
    for (const { row } of read) {
      for (const key of keys) {
        const name = row.header(key) ?? key;
        issues.push(
          rowIssue(row, key, "inconsistent", `rows of order ${orderId} disagree on ${name}`),
        );
      }
    }
    return null;
  }
  const first = read[0];
  if (!first) return null;
  let body: OrderBody;
  try {
    body = spec.buildOrder(
      orderId,
      first.order,
      read.map((r) => r.line),
    );
  } catch (error) {
    if (!(error instanceof OrderProblem)) throw error;
    for (const { row } of read) issues.push(rowIssue(row, error.key, error.code, error.message));
    return null;
  }
  const record: Order = {
    kind: "order",
    platform: context.platform,
    shopId: context.shopId,
    capturedAt: context.capturedAt,
    source: { url: context.sourceUrl, parser: spec.parser },
    ...body,
  };
  const problem = orderRecordProblem(record);
  if (problem === null) return record;
  for (const { row } of read) issues.push(rowIssue(row, null, "invalid_record", problem));
  return null;
}
