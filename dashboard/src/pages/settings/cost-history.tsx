import type { ProductCost } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime, formatMoney } from "../../lib/format.ts";
import { SaveFeedback, useSave } from "./save-feedback.tsx";
import { deleteCost } from "./settings-data-api.ts";

/**
 * A product's dated costs, newest first; the row in effect on a day is the latest one on or
 * before it, so `today` marks which one applies now.
 */
export function CostHistory({
  history,
  today,
  editable,
  onChanged,
}: {
  history: readonly ProductCost[];
  today: string;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [save, run] = useSave();
  if (history.length === 0) return <p className="muted">{t("settingsData.costs.noHistory")}</p>;
  const newestFirst = [...history].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  const current = newestFirst.find((row) => row.effectiveFrom <= today);
  const remove = (row: ProductCost) => {
    if (!window.confirm(t("settingsData.costs.deleteConfirm", { date: row.effectiveFrom }))) return;
    run(() => deleteCost({ productId: row.productId, effectiveFrom: row.effectiveFrom })).then(
      (ok) => ok && onChanged(),
    );
  };
  return (
    <>
      <table className="data-table sd-history" data-testid="cost-history">
        <thead>
          <tr>
            <th scope="col">{t("settingsData.field.effectiveFrom")}</th>
            <th scope="col" className="num">
              {t("settingsData.field.unitCost")}
            </th>
            <th scope="col" className="num">
              {t("settingsData.field.packaging")}
            </th>
            <th scope="col">{t("settingsData.costs.enteredAt")}</th>
            {editable && <th scope="col" />}
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((row) => (
            <tr key={row.effectiveFrom}>
              <td className="nowrap">
                {row.effectiveFrom}
                {row === current && (
                  <span className="sd-tag"> {t("settingsData.costs.current")}</span>
                )}
                {row.effectiveFrom > today && (
                  <span className="sd-tag"> {t("settingsData.costs.future")}</span>
                )}
              </td>
              <td className="num">{formatMoney(row.unitCostFen)}</td>
              <td className="num">{formatMoney(row.packagingFen)}</td>
              <td className="nowrap">{formatBeijingDateTime(row.createdAt)}</td>
              {editable && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={save.pending}
                    onClick={() => remove(row)}
                  >
                    {t("settingsData.delete")}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <SaveFeedback state={save} doneKey="settingsData.deleted" />
    </>
  );
}
