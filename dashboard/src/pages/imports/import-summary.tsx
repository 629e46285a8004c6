import { useI18n } from "../../i18n/i18n-context.tsx";
import { describeError } from "../../lib/describe-error.ts";
import { formatCount } from "../../lib/format.ts";
import { Link } from "../../router.tsx";
import type { ImportPlan, ImportPreview } from "./import-messages.ts";
import { type ImportTotals, importOutcome } from "./import-progress.ts";
import { shopLinks } from "./shop-choice.ts";
import { ShopLabel } from "./shop-label.tsx";
import type { ImportEnding } from "./use-import-flow.ts";

interface ImportSummaryProps {
  preview: ImportPreview;
  plan: ImportPlan;
  totals: ImportTotals;
  ending: ImportEnding;
  error: unknown;
  finishError: unknown;
  onAnother: () => void;
}

const TITLES = {
  done: "imports.done.title",
  cancelled: "imports.done.titleCancelled",
  failed: "imports.done.titleFailed",
} as const;

/** The end of an import: what was written, what was already there, what was refused and why. */
export function ImportSummary(props: ImportSummaryProps) {
  const { preview, plan, totals, ending, error, finishError, onAnother } = props;
  const { t } = useI18n();
  const outcome = importOutcome(totals);
  const links = shopLinks(plan.shop);
  const stats = [
    { id: "written", label: t("imports.done.written"), value: outcome.written },
    { id: "unchanged", label: t("imports.done.unchanged"), value: outcome.unchanged },
    { id: "rejected", label: t("imports.done.rejected"), value: outcome.rejected },
    { id: "skipped", label: t("imports.done.skipped"), value: plan.skippedRows },
  ];
  const progress = { done: formatCount(totals.batchesDone), total: formatCount(totals.batches) };
  const why = error ? describeError(error) : null;
  const finishWhy = finishError ? describeError(finishError) : null;
  return (
    <section
      className="panel"
      aria-labelledby="im-done-title"
      data-testid="import-done"
      data-ending={ending}
    >
      <h2 className="section__title" id="im-done-title">
        {t(TITLES[ending])}
      </h2>
      <p className="muted">
        {preview.fileName} → <ShopLabel shop={plan.shop} />
      </p>
      <div className="im-stats">
        {stats.map((stat) => (
          <div
            key={stat.id}
            className={`im-stat${stat.id === "rejected" && stat.value > 0 ? " im-stat--bad" : ""}`}
            data-testid={`import-stat-${stat.id}`}
            data-value={stat.value}
          >
            <span className="im-stat__label">{stat.label}</span>
            <span className="im-stat__value">{formatCount(stat.value)}</span>
          </div>
        ))}
      </div>
      {outcome.duplicate === "all" && (
        <p className="notice" data-testid="import-duplicate">
          {t("imports.done.duplicateAll")}
        </p>
      )}
      {outcome.duplicate === "some" && (
        <p className="muted" data-testid="import-duplicate">
          {t("imports.done.duplicateSome", { count: formatCount(totals.duplicateBatches) })}
        </p>
      )}
      {ending === "cancelled" && <p className="notice">{t("imports.done.cancelled", progress)}</p>}
      {why && (
        <p className="form-error" role="alert">
          {t("imports.done.failed", { ...progress, reason: t(why.key, why.params) })}
        </p>
      )}
      {finishWhy && (
        <p className="form-error">
          {t("imports.done.finishFailed", { reason: t(finishWhy.key, finishWhy.params) })}
        </p>
      )}
      {totals.rejected.length > 0 && <RejectedTable totals={totals} />}
      <p className="im-actions">
        <Link to={links.quality} className="button">
          {t("imports.done.quality")}
        </Link>
        <Link to={links.overview} className="button">
          {t("imports.done.overview")}
        </Link>
        <button type="button" className="button button--primary" onClick={onAnother}>
          {t("imports.done.another")}
        </button>
      </p>
    </section>
  );
}

function RejectedTable({ totals }: { totals: ImportTotals }) {
  const { t } = useI18n();
  return (
    <div className="im-rejected">
      <h3 className="im-subtitle">{t("imports.done.rejectedTitle")}</h3>
      {totals.rejectedCount > totals.rejected.length && (
        <p className="muted">
          {t("imports.done.rejectedShown", {
            shown: formatCount(totals.rejected.length),
            total: formatCount(totals.rejectedCount),
          })}
        </p>
      )}
      <div className="table-scroll im-issues">
        <table className="data-table" data-testid="import-rejected">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t("imports.done.col.batch")}
              </th>
              <th scope="col">{t("imports.done.col.key")}</th>
              <th scope="col">{t("imports.done.col.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {totals.rejected.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: keys can be unknown or repeat
              <tr key={i}>
                <td className="num">{r.batch}</td>
                <td className="im-issues__value">{r.key ?? "—"}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
