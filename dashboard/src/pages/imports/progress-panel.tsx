import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import type { ImportPlan, ImportPreview } from "./import-messages.ts";
import { type ImportTotals, progressPercent } from "./import-progress.ts";
import { ShopLabel } from "./shop-label.tsx";

/** The batches going out: a bar over batches, the running counts, and 取消. */
export function ProgressPanel({
  preview,
  plan,
  totals,
  started,
  cancelling,
  onCancel,
}: {
  preview: ImportPreview;
  plan: ImportPlan;
  totals: ImportTotals;
  started: boolean;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const batchText = t("imports.progress.batches", {
    done: formatCount(totals.batchesDone),
    total: formatCount(totals.batches),
  });
  return (
    <section className="panel" aria-labelledby="im-progress-title" data-testid="import-progress">
      <h2 className="section__title" id="im-progress-title">
        {t("imports.progress.title")}
      </h2>
      <p className="muted">
        {preview.fileName} → <ShopLabel shop={plan.shop} />
      </p>
      <div
        className="im-progress"
        role="progressbar"
        aria-label={t("imports.progress.label")}
        aria-valuemin={0}
        aria-valuemax={totals.batches}
        aria-valuenow={totals.batchesDone}
        aria-valuetext={batchText}
        data-testid="import-progressbar"
      >
        <div className="im-progress__fill" style={{ width: `${progressPercent(totals)}%` }} />
      </div>
      <p className="summary" aria-live="polite">
        {started ? batchText : t("imports.progress.starting")}
      </p>
      <p className="muted">
        {t("imports.progress.counts", {
          sent: formatCount(totals.recordsSent),
          total: formatCount(totals.records),
          accepted: formatCount(totals.accepted),
          written: formatCount(totals.written),
        })}
      </p>
      <p className="im-actions">
        <button
          type="button"
          className="button"
          onClick={onCancel}
          disabled={cancelling}
          data-testid="import-cancel"
        >
          {t("imports.progress.cancel")}
        </button>
        {cancelling ? (
          <span role="status">{t("imports.progress.cancelling")}</span>
        ) : (
          <span className="muted">{t("imports.progress.leave")}</span>
        )}
      </p>
    </section>
  );
}
