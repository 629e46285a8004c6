import { MAX_IMPORT_ROWS, type ProductSettings } from "@tongshu/shared";
import { useId, useMemo, useState } from "react";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, NO_VALUE } from "../../lib/format.ts";
import { costImportRows, parseCostCsv } from "./cost-csv.ts";
import { SaveFeedback, useSave } from "./save-feedback.tsx";
import { importCosts } from "./settings-data-api.ts";

const PREVIEW_ROWS = 200;

/**
 * 批量导入成本: paste "outer code, cost, date[, packaging]" lines (from a spreadsheet or CSV),
 * check every row in a preview, then import them all at once (the API takes all or none).
 */
export function CostImportPanel({
  products,
  onImported,
}: {
  products: readonly ProductSettings[];
  onImported: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState("");
  const [imported, setImported] = useState(0);
  const [save, run] = useSave();
  const parsed = useMemo(() => parseCostCsv(text, products), [text, products]);
  const bad = parsed.rows.filter((row) => row.errors.length > 0);
  const good = costImportRows(parsed.rows);
  const ready = parsed.rows.length > 0 && bad.length === 0 && !parsed.tooMany;
  const submit = () =>
    run(() => importCosts({ costs: good })).then((ok) => {
      if (!ok) return;
      setImported(good.length);
      setText("");
      onImported();
    });
  // The preview puts rows with problems first, so they are seen without scrolling.
  const preview = [...bad, ...parsed.rows.filter((row) => row.errors.length === 0)].slice(
    0,
    PREVIEW_ROWS,
  );
  return (
    <div className="sd-import" data-testid="cost-import">
      <label className="sd-field__label" htmlFor={id}>
        {t("settingsData.import.label")}
      </label>
      <p className="muted" id={`${id}-help`}>
        {t("settingsData.import.help", { max: formatCount(MAX_IMPORT_ROWS) })}
      </p>
      <textarea
        id={id}
        rows={6}
        value={text}
        spellCheck={false}
        placeholder={t("settingsData.import.placeholder")}
        aria-describedby={`${id}-help`}
        onChange={(event) => {
          setText(event.target.value);
          setImported(0);
        }}
        data-testid="cost-import-text"
      />
      {parsed.rows.length > 0 && (
        <>
          <p data-testid="cost-import-summary">
            {t("settingsData.import.summary", {
              good: formatCount(good.length),
              bad: formatCount(bad.length),
            })}
            {parsed.skippedHeader && ` ${t("settingsData.import.header")}`}
            {parsed.tooMany && (
              <span className="form-error">
                {" "}
                {t("settingsData.import.tooMany", { max: formatCount(MAX_IMPORT_ROWS) })}
              </span>
            )}
          </p>
          <div className="table-scroll sd-import__preview">
            <table className="data-table" data-testid="cost-import-preview">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("settingsData.import.col.line")}
                  </th>
                  <th scope="col">{t("settingsData.sku.code")}</th>
                  <th scope="col">{t("settingsData.col.product")}</th>
                  <th scope="col" className="num">
                    {t("settingsData.field.unitCost")}
                  </th>
                  <th scope="col" className="num">
                    {t("settingsData.field.packaging")}
                  </th>
                  <th scope="col">{t("settingsData.field.effectiveFrom")}</th>
                  <th scope="col">{t("settingsData.import.col.problem")}</th>
                </tr>
              </thead>
              <tbody>
                {preview.map((row) => (
                  <tr
                    key={row.line}
                    className={row.errors.length > 0 ? "sd-row--error" : undefined}
                    data-line={row.line}
                  >
                    <td className="num">{row.line}</td>
                    <td className="nowrap">{row.outerCode || NO_VALUE}</td>
                    <td className="sd-import__name">{row.productName ?? NO_VALUE}</td>
                    <td className="num">{formatMoney(row.unitCostFen)}</td>
                    <td className="num">{formatMoney(row.packagingFen)}</td>
                    <td className="nowrap">{row.effectiveFrom ?? NO_VALUE}</td>
                    <td>
                      {row.errors.length === 0
                        ? t("settingsData.import.ok")
                        : row.errors.map((error) => t(error.key, error.params)).join("；")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {parsed.rows.length > PREVIEW_ROWS && (
            <p className="muted">{t("settingsData.import.previewCut", { shown: PREVIEW_ROWS })}</p>
          )}
        </>
      )}
      <p>
        <button
          type="button"
          className="button button--primary"
          disabled={!ready || save.pending}
          onClick={submit}
          data-testid="cost-import-submit"
        >
          {t("settingsData.import.submit", { count: formatCount(good.length) })}
        </button>{" "}
        {bad.length > 0 && <span className="muted">{t("settingsData.import.fixFirst")}</span>}
      </p>
      {save.done ? (
        imported > 0 && (
          <p role="status" className="sd-feedback sd-feedback--done" data-testid="cost-import-done">
            {t("settingsData.import.done", { count: formatCount(imported) })}
          </p>
        )
      ) : (
        <SaveFeedback state={save} testId="cost-import" />
      )}
    </div>
  );
}
