import type { Platform, QualityFindingOf } from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { shopCondition, shopKey } from "../reports/filter.ts";
import { checkResult, MAX_FINDINGS, type QualityCheck, rowsOf } from "./check.ts";

interface ConflictRow {
  platform: Platform;
  shop_id: string;
  order_id: string;
  biz_date: string;
  stored_fen: number;
  stored_source: string;
  other_fen: number;
  other_source: string;
  detected_at: number;
  total: number;
}

/**
 * key_conflict (blocking): the same paid order seen with two paid amounts from two sources
 * (record_conflicts, written during ingest), dated in the range. Report figures depend on which
 * source won, so the finding shows the version `orders` holds now (read again: it may have
 * changed since the conflict was noted) against the other side of the disagreement.
 */
export const keyConflictCheck: QualityCheck<"key_conflict"> = {
  id: "key_conflict",
  statements(db, filter) {
    const where = shopCondition(filter, "c");
    // The other side: whichever of the two figures the stored order does not carry now.
    const otherIsStored = "o.paid_fen = c.incoming_fen";
    return [
      db
        .prepare(
          `SELECT c.platform, c.shop_id, c.record_id AS order_id, o.biz_date,
             o.paid_fen AS stored_fen, o.source_parser AS stored_source,
             CASE WHEN ${otherIsStored} THEN c.stored_fen ELSE c.incoming_fen END AS other_fen,
             CASE WHEN ${otherIsStored} THEN c.stored_parser ELSE c.incoming_parser END AS other_source,
             c.detected_at, count(*) OVER () AS total
           FROM record_conflicts c
           JOIN orders o ON o.workspace_id = c.workspace_id AND o.platform = c.platform
             AND o.shop_id = c.shop_id AND o.order_id = c.record_id
           WHERE c.workspace_id = ? AND c.kind = 'order' AND c.biz_date BETWEEN ? AND ?${where.sql}
           ORDER BY abs(o.paid_fen - other_fen) DESC, c.record_id
           LIMIT ${MAX_FINDINGS}`,
        )
        .bind(filter.workspaceId, filter.range.from, filter.range.to, ...where.params),
    ];
  },
  build([result]) {
    const rows = rowsOf<ConflictRow>(result);
    const findings = rows.map(
      (r): QualityFindingOf<"key_conflict"> => ({
        check: "key_conflict",
        tier: "blocking",
        platform: r.platform,
        shopId: r.shop_id,
        date: r.biz_date,
        link: dashboardLink("/", {
          from: r.biz_date,
          to: r.biz_date,
          shop: shopKey(r.platform, r.shop_id),
        }),
        orderId: r.order_id,
        storedFen: r.stored_fen,
        storedSource: r.stored_source,
        otherFen: r.other_fen,
        otherSource: r.other_source,
        detectedAt: r.detected_at,
      }),
    );
    const total = rows[0]?.total ?? 0;
    return checkResult("key_conflict", findings, (f) => Math.abs(f.storedFen - f.otherFen), {
      blocking: total,
      warning: 0,
      info: 0,
    });
  },
};
