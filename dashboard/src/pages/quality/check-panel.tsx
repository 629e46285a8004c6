import {
  QUALITY_TIERS,
  type QualityCheckId,
  type QualityCheckResult,
  type QualityFinding,
  type QualityFindingOf,
  type QualityTier,
} from "@tongshu/shared";
import { DataTable } from "../../components/data-table.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import {
  type ColumnContext,
  dayTotalColumns,
  keyConflictColumns,
  missingCostColumns,
  outerCodeColumns,
  outOfRangeColumns,
} from "./check-columns.tsx";
import { countOf, listedOfTotal, visibleFindings } from "./quality-findings.ts";
import { TierBadge } from "./tier-badge.tsx";

interface CheckPanelProps {
  result: QualityCheckResult;
  tier: QualityTier | null;
  ctx: ColumnContext;
  /** For the CSV file name. */
  range: { from: string; to: string };
}

/** One check: what it guards, its counts per tier, and its findings or a clear 通过. */
export function CheckPanel({ result, tier, ctx, range }: CheckPanelProps) {
  const { t } = useI18n();
  const { check, counts } = result;
  const titleId = `quality-check-${check}`;
  const rows = visibleFindings(result, tier);
  const listed = listedOfTotal(result, tier);
  const total = countOf(counts, tier);
  return (
    <section
      className="panel quality-check"
      aria-labelledby={titleId}
      data-testid={`quality-check-${check}`}
      data-count={total}
    >
      <div className="quality-check__head">
        <h3 className="quality-check__title" id={titleId}>
          {t(`quality.check.${check}.title`)}
        </h3>
        <span className="quality-check__counts">
          {QUALITY_TIERS.filter((x) => counts[x] > 0).map((x) => (
            <TierBadge
              key={x}
              tier={x}
              label={`${t(`quality.tier.${x}`)} ${formatCount(counts[x])}`}
            />
          ))}
        </span>
      </div>
      <p className="muted quality-check__help">{t(`quality.check.${check}.help`)}</p>
      {total === 0 ? (
        countOf(counts, null) === 0 ? (
          <p className="quality-pass" data-testid="quality-pass">
            <span aria-hidden="true">✓ </span>
            {t("quality.check.pass")}
          </p>
        ) : (
          <p className="muted">
            {t("quality.check.passTier", { tier: t(`quality.tier.${tier ?? "blocking"}`) })}
          </p>
        )
      ) : (
        <>
          <FindingsTable
            check={check}
            rows={rows}
            ctx={ctx}
            exportName={`quality-${check}-${range.from}-${range.to}`}
          />
          {listed ? (
            <p className="footnote">
              {t("quality.check.shown", {
                shown: formatCount(listed.shown),
                total: formatCount(listed.total),
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function only<C extends QualityCheckId>(rows: QualityFinding[], check: C) {
  return rows.filter((f): f is QualityFindingOf<C> => f.check === check);
}

/** Keys by position in the API's list: two findings may share every field shown. */
function positionKey<R extends object>(rows: R[]): (row: R) => string {
  const at = new Map(rows.map((row, i) => [row, i]));
  return (row) => String(at.get(row));
}

interface FindingsTableProps {
  check: QualityCheckId;
  rows: QualityFinding[];
  ctx: ColumnContext;
  exportName: string;
}

function FindingsTable({ check, rows, ctx, exportName }: FindingsTableProps) {
  const { t } = ctx;
  const caption = t("quality.check.findings", { count: formatCount(rows.length) });
  const common = { id: `quality-${check}`, caption, exportName };
  if (check === "key_conflict") {
    const list = only(rows, check);
    return (
      <DataTable
        {...common}
        columns={keyConflictColumns(ctx)}
        rows={list}
        rowKey={positionKey(list)}
      />
    );
  }
  if (check === "out_of_range") {
    const list = only(rows, check);
    return (
      <DataTable
        {...common}
        columns={outOfRangeColumns(ctx)}
        rows={list}
        rowKey={positionKey(list)}
      />
    );
  }
  if (check === "day_total_mismatch") {
    const list = only(rows, check);
    return (
      <DataTable
        {...common}
        columns={dayTotalColumns(ctx)}
        rows={list}
        rowKey={positionKey(list)}
      />
    );
  }
  if (check === "outer_code_products") {
    const list = only(rows, check);
    return (
      <DataTable
        {...common}
        columns={outerCodeColumns(ctx)}
        rows={list}
        rowKey={positionKey(list)}
      />
    );
  }
  const list = only(rows, "missing_cost");
  return (
    <DataTable
      {...common}
      columns={missingCostColumns(ctx)}
      rows={list}
      rowKey={positionKey(list)}
    />
  );
}
