import type { OtherCost } from "@tongshu/shared";
import { useId, useState } from "react";
import { getCoverage } from "../../api.ts";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatMoney, NO_VALUE } from "../../lib/format.ts";
import { NoCostAccess } from "./no-cost-access.tsx";
import { OtherCostForm } from "./other-cost-form.tsx";
import { costsInMonth, monthsOf } from "./other-costs-helpers.ts";
import { ReadOnlyNote, SaveFeedback, useSave } from "./save-feedback.tsx";
import { deleteOtherCost, getOtherCosts } from "./settings-data-api.ts";
import { useLiveResource } from "./use-live-resource.ts";

async function loadOtherCosts(signal: AbortSignal) {
  const [list, coverage] = await Promise.all([getOtherCosts(signal), getCoverage(signal)]);
  return { otherCosts: list.otherCosts, shops: coverage.shops };
}

/** 其他成本: rent, wages, packaging bought in bulk… booked on a day; the profit report subtracts them. */
export function OtherCostsSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (!me.member.canSeeCosts) return <NoCostAccess title={t("settingsData.other.title")} />;
  return <OtherCostsView editable={me.member.role === "owner" || me.member.role === "admin"} />;
}

function OtherCostsView({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const monthId = useId();
  const [resource, retry, refresh] = useLiveResource(loadOtherCosts);
  const [month, setMonth] = useState("");
  const [save, run] = useSave();
  const remove = (cost: OtherCost) => {
    if (!window.confirm(t("settingsData.other.deleteConfirm", { date: cost.date }))) return;
    run(() => deleteOtherCost(cost.id)).then((ok) => ok && refresh());
  };
  return (
    <section className="panel" aria-labelledby="sd-other-title" data-testid="other-costs">
      <h2 className="section__title" id="sd-other-title">
        {t("settingsData.other.title")}
      </h2>
      <p className="muted">{t("settingsData.other.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ otherCosts, shops }) => {
          const { rows, totalFen } = costsInMonth(otherCosts, month);
          const shopName = (cost: OtherCost) =>
            shops.find((s) => s.platform === cost.platform && s.shopId === cost.shopId)?.shopName ??
            cost.shopId;
          return (
            <>
              {editable && <OtherCostForm shops={shops} onSaved={refresh} />}
              <div className="sd-toolbar">
                <label className="sd-inline-field" htmlFor={monthId}>
                  <span>{t("settingsData.other.month")}</span>
                  <select
                    id={monthId}
                    value={month}
                    onChange={(event) => setMonth(event.target.value)}
                    data-testid="other-cost-month"
                  >
                    <option value="">{t("settingsData.other.allMonths")}</option>
                    {monthsOf(otherCosts).map((m) => (
                      <option key={m} value={m}>
                        {m}
                      </option>
                    ))}
                  </select>
                </label>
                <span data-testid="other-cost-total">
                  {t("settingsData.other.total", {
                    count: rows.length,
                    total: formatMoney(totalFen),
                  })}
                </span>
              </div>
              <SaveFeedback state={save} doneKey="settingsData.deleted" />
              {rows.length === 0 ? (
                <p className="muted" data-testid="other-costs-empty">
                  {t("settingsData.other.none")}
                </p>
              ) : (
                <div className="table-scroll">
                  <table className="data-table" data-testid="other-costs-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("settingsData.field.date")}</th>
                        <th scope="col">{t("settingsData.field.category")}</th>
                        <th scope="col">{t("settingsData.other.scope")}</th>
                        <th scope="col" className="num">
                          {t("settingsData.field.amount")}
                        </th>
                        <th scope="col">{t("settingsData.field.note")}</th>
                        {editable && <th scope="col" />}
                      </tr>
                    </thead>
                    <tbody>
                      {rows.map((cost) => (
                        <tr key={cost.id} data-other-cost-id={cost.id}>
                          <td className="nowrap">{cost.date}</td>
                          <td>{t(`settingsData.other.category.${cost.category}`)}</td>
                          <td>
                            {cost.platform === null ? (
                              t("settingsData.other.wholeWorkspace")
                            ) : (
                              <>
                                <PlatformBadge platform={cost.platform} />{" "}
                                {cost.shopId === null
                                  ? t("settingsData.other.allShops")
                                  : shopName(cost)}
                              </>
                            )}
                          </td>
                          <td className="num">{formatMoney(cost.amountFen)}</td>
                          <td>{cost.note ?? NO_VALUE}</td>
                          {editable && (
                            <td>
                              <button
                                type="button"
                                className="button button--small"
                                disabled={save.pending}
                                onClick={() => remove(cost)}
                                data-testid="other-cost-delete"
                              >
                                {t("settingsData.delete")}
                              </button>
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
