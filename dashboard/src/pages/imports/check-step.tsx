import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { downloadText } from "../../lib/table-csv.ts";
import { ISSUES_SHOWN, issueReason, issuesCsv, issuesFileName } from "./import-issues.ts";
import type { ImportPlan, ImportPreview } from "./import-messages.ts";
import { ShopLabel } from "./shop-label.tsx";

/**
 * 检查结果: rows → records, the rows left out and why, and the seller's choice. Nothing is sent
 * until a button here is pressed.
 */
export function CheckStep({
  preview,
  plan,
  onImport,
  onCancel,
}: {
  preview: ImportPreview;
  plan: ImportPlan;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { issues } = plan;
  const shown = issues.slice(0, ISSUES_SHOWN);
  const download = () =>
    downloadText(
      issuesFileName(preview.fileName, t("imports.check.csvName")),
      issuesCsv(issues, t),
    );
  return (
    <section className="panel" aria-labelledby="im-check-title" data-testid="import-check">
      <h2 className="section__title" id="im-check-title">
        {t("imports.check.title")}
      </h2>
      <p className="muted">
        {t("imports.check.target")} <ShopLabel shop={plan.shop} />
      </p>
      <p className="im-big" data-testid="import-check-summary">
        {t("imports.check.summary", {
          rows: formatCount(plan.dataRows),
          records: formatCount(plan.records),
        })}
      </p>
      {issues.length === 0 ? (
        <p>{t("imports.check.clean")}</p>
      ) : (
        <>
          <p className="notice">
            {t("imports.check.skipped", { count: formatCount(plan.skippedRows) })}
          </p>
          <div className="table-scroll im-issues">
            <table className="data-table" data-testid="import-issues">
              <caption className="visually-hidden">{t("imports.check.issues")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("imports.check.col.row")}
                  </th>
                  <th scope="col">{t("imports.check.col.column")}</th>
                  <th scope="col">{t("imports.check.col.value")}</th>
                  <th scope="col">{t("imports.check.col.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((issue, i) => {
                  const reason = issueReason(issue);
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one row can have several issues
                    <tr key={`${issue.row}-${i}`}>
                      <td className="num">{issue.row}</td>
                      <td className="nowrap">{issue.column ?? "—"}</td>
                      <td className="im-issues__value">{issue.value || "—"}</td>
                      <td>{t(reason.key, reason.params)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="im-actions">
            {issues.length > shown.length && (
              <span className="muted">
                {t("imports.check.shown", {
                  shown: formatCount(shown.length),
                  total: formatCount(issues.length),
                })}
              </span>
            )}
            <button
              type="button"
              className="button button--small"
              onClick={download}
              data-testid="import-issues-csv"
            >
              {t("imports.check.download")}
            </button>
          </p>
        </>
      )}
      {plan.records === 0 && <p className="form-error">{t("imports.check.nothing")}</p>}
      <p className="im-actions">
        {plan.records > 0 && (
          <button
            type="button"
            className="button button--primary"
            onClick={onImport}
            data-testid="import-start"
          >
            {issues.length > 0
              ? t("imports.check.importValid", { count: formatCount(plan.records) })
              : t("imports.check.import", { count: formatCount(plan.records) })}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={onCancel}
          data-testid="import-cancel-check"
        >
          {t("imports.check.cancel")}
        </button>
      </p>
    </section>
  );
}
