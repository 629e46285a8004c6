import type { CanonicalRecord, RecordOfKind } from "@tongshu/shared";

/** Orders per statement: one JSON parameter each, well inside D1's size limits. */
const ORDERS_PER_STATEMENT = 500;

/**
 * Records, for the data-quality page, each incoming paid order whose stored version is paid too
 * but with another paid amount from another source (an export against a capture, or two
 * parsers). Runs in the same D1 batch as the upserts and before them, so it compares with the
 * version stored until now, whichever of the two then wins. One row per order: the latest
 * disagreement. A parser that revises its own figure is a change, not a conflict.
 * CROSS JOIN keeps json_each the outer loop (one primary-key seek per incoming order): with a
 * plain JOIN SQLite chose to scan the workspace's orders and run json_each for each of them,
 * which took two minutes per batch on 50,000 orders.
 */
const CONFLICT_SQL = `INSERT INTO record_conflicts (workspace_id, kind, platform, shop_id, record_id,
    biz_date, stored_fen, stored_parser, stored_captured_at, incoming_fen, incoming_parser,
    incoming_captured_at, detected_at)
  SELECT o.workspace_id, 'order', o.platform, o.shop_id, o.order_id, o.biz_date, o.paid_fen,
    o.source_parser, o.captured_at, (i.value ->> 'paidFen'), (i.value ->> 'parser'),
    (i.value ->> 'capturedAt'), ?3
  FROM json_each(?2) AS i
  CROSS JOIN orders AS o ON o.workspace_id = ?1 AND o.platform = (i.value ->> 'platform')
    AND o.shop_id = (i.value ->> 'shopId') AND o.order_id = (i.value ->> 'orderId')
  WHERE o.paid_at IS NOT NULL AND o.paid_fen <> (i.value ->> 'paidFen')
    AND o.source_parser <> (i.value ->> 'parser')
  ON CONFLICT (workspace_id, kind, platform, shop_id, record_id) DO UPDATE SET
    biz_date = excluded.biz_date,
    stored_fen = excluded.stored_fen,
    stored_parser = excluded.stored_parser,
    stored_captured_at = excluded.stored_captured_at,
    incoming_fen = excluded.incoming_fen,
    incoming_parser = excluded.incoming_parser,
    incoming_captured_at = excluded.incoming_captured_at,
    detected_at = excluded.detected_at`;

function isPaidOrder(record: CanonicalRecord): record is RecordOfKind<"order"> {
  return record.kind === "order" && record.paidAt !== null;
}

/** The statements that note natural-key conflicts of these incoming records (paid orders only). */
export function recordConflictStatements(
  db: D1Database,
  workspaceId: string,
  records: readonly CanonicalRecord[],
  now: number,
): D1PreparedStatement[] {
  const orders = records.filter(isPaidOrder).map((o) => ({
    platform: o.platform,
    shopId: o.shopId,
    orderId: o.orderId,
    paidFen: o.paidFen,
    parser: o.source.parser,
    capturedAt: o.capturedAt,
  }));
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < orders.length; i += ORDERS_PER_STATEMENT) {
    const part = orders.slice(i, i + ORDERS_PER_STATEMENT);
    statements.push(db.prepare(CONFLICT_SQL).bind(workspaceId, JSON.stringify(part), now));
  }
  return statements;
}
