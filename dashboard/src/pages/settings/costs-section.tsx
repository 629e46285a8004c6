import { type ProductCost, type ProductSettings, toBusinessDate } from "@tongshu/shared";
import { Fragment, useId, useMemo, useState } from "react";
import { useAuth } from "../../auth.tsx";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, NO_VALUE } from "../../lib/format.ts";
import { CostForm } from "./cost-form.tsx";
import { CostHistory } from "./cost-history.tsx";
import { CostImportPanel } from "./cost-import-panel.tsx";
import { NoCostAccess } from "./no-cost-access.tsx";
import { matchesProduct } from "./product-suggestions.ts";
import { ReadOnlyNote } from "./save-feedback.tsx";
import { getCostHistory, getProductSettings } from "./settings-data-api.ts";
import { useLiveResource } from "./use-live-resource.ts";

const PAGE = 50;
/** No cost applies today (null), or none was sent (absent). */
const missing = (p: ProductSettings) => p.cost === null || p.cost === undefined;

async function loadCosts(signal: AbortSignal) {
  const [list, history] = await Promise.all([getProductSettings(signal), getCostHistory(signal)]);
  const byProduct = new Map<string, ProductCost[]>();
  for (const row of history.costs) {
    const rows = byProduct.get(row.productId);
    if (rows) rows.push(row);
    else byProduct.set(row.productId, [row]);
  }
  return { products: list.products, byProduct };
}

/** 成本: each product's unit cost from a date, its history, new dated costs and bulk import. */
export function CostsSection() {
  const { t } = useI18n();
  const { me } = useAuth();
  if (!me.member.canSeeCosts) return <NoCostAccess title={t("settingsData.costs.title")} />;
  return <CostsView editable={me.member.role === "owner" || me.member.role === "admin"} />;
}

function CostsView({ editable }: { editable: boolean }) {
  const { t } = useI18n();
  const [resource, retry, refresh] = useLiveResource(loadCosts);
  const [query, setQuery] = useState("");
  const [missingOnly, setMissingOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE);
  const [open, setOpen] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const searchId = useId();
  const today = toBusinessDate(Date.now());
  const data = resource.status === "ready" ? resource.data : null;
  // Products without a cost come first: they are the ones to fill in.
  const shown = useMemo(
    () =>
      (
        data?.products.filter((p) => (!missingOnly || missing(p)) && matchesProduct(p, query)) ?? []
      ).sort((a, b) => Number(missing(b)) - Number(missing(a))),
    [data, missingOnly, query],
  );
  const missingCount = data?.products.filter(missing).length ?? 0;
  return (
    <section className="panel" aria-labelledby="sd-costs-title" data-testid="costs">
      <h2 className="section__title" id="sd-costs-title">
        {t("settingsData.costs.title")}
      </h2>
      <p className="muted">{t("settingsData.costs.intro")}</p>
      {!editable && <ReadOnlyNote reason="settingsData.readOnly.editors" />}
      <AsyncView resource={resource} retry={retry}>
        {({ products, byProduct }) => (
          <>
            {missingCount > 0 && (
              <p className="sd-warning" data-testid="costs-missing">
                {t("settingsData.costs.missing", { count: formatCount(missingCount) })}
              </p>
            )}
            {editable && (
              <div>
                <button
                  type="button"
                  className="button"
                  aria-expanded={importing}
                  onClick={() => setImporting(!importing)}
                  data-testid="cost-import-toggle"
                >
                  {t("settingsData.import.open")}
                </button>
                {importing && <CostImportPanel products={products} onImported={refresh} />}
              </div>
            )}
            <div className="sd-toolbar">
              <label className="sd-inline-field" htmlFor={searchId}>
                <span>{t("settingsData.links.search")}</span>
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  placeholder={t("settingsData.links.searchPlaceholder")}
                  onChange={(event) => {
                    setQuery(event.target.value);
                    setLimit(PAGE);
                  }}
                  data-testid="cost-search"
                />
              </label>
              <label className="chip chip--check">
                <input
                  type="checkbox"
                  checked={missingOnly}
                  onChange={(event) => {
                    setMissingOnly(event.target.checked);
                    setLimit(PAGE);
                  }}
                  data-testid="cost-missing-only"
                />
                {t("settingsData.costs.missingOnly")}
              </label>
              <span className="muted">
                {t("settingsData.links.count", {
                  shown: formatCount(Math.min(limit, shown.length)),
                  total: formatCount(shown.length),
                })}
              </span>
            </div>
            <div className="table-scroll">
              <table className="data-table sd-costs-table" data-testid="costs-table">
                <thead>
                  <tr>
                    <th scope="col">{t("settingsData.col.product")}</th>
                    <th scope="col" className="num">
                      {t("settingsData.field.unitCost")}
                    </th>
                    <th scope="col" className="num">
                      {t("settingsData.field.packaging")}
                    </th>
                    <th scope="col">{t("settingsData.field.effectiveFrom")}</th>
                    <th scope="col" className="num">
                      {t("settingsData.costs.historyCol")}
                    </th>
                    <th scope="col" />
                  </tr>
                </thead>
                <tbody>
                  {shown.slice(0, limit).map((product) => {
                    const history = byProduct.get(product.id) ?? [];
                    const isOpen = open === product.id;
                    return (
                      <Fragment key={product.id}>
                        <tr
                          className={missing(product) ? "sd-row--missing" : undefined}
                          data-product-id={product.id}
                          data-testid="cost-row"
                        >
                          <td>
                            <span className="sd-product__name">
                              <span>{product.name}</span>
                              <span className="muted">
                                {t("settingsData.sku.code")} {product.outerCode ?? NO_VALUE}
                              </span>
                            </span>
                          </td>
                          <td className="num">
                            {product.cost ? (
                              formatMoney(product.cost.unitCostFen)
                            ) : (
                              <span className="sd-tag sd-tag--warn">
                                {t("settingsData.costs.none")}
                              </span>
                            )}
                          </td>
                          <td className="num">
                            {product.cost ? formatMoney(product.cost.packagingFen) : NO_VALUE}
                          </td>
                          <td className="nowrap">{product.cost?.effectiveFrom ?? NO_VALUE}</td>
                          <td className="num">{formatCount(history.length)}</td>
                          <td>
                            <button
                              type="button"
                              className="button button--small"
                              aria-expanded={isOpen}
                              onClick={() => setOpen(isOpen ? null : product.id)}
                              data-testid="cost-row-toggle"
                            >
                              {editable
                                ? t("settingsData.costs.edit")
                                : t("settingsData.costs.history")}
                            </button>
                          </td>
                        </tr>
                        {isOpen && (
                          <tr className="sd-costs-table__detail">
                            <td colSpan={6}>
                              <CostHistory
                                history={history}
                                today={today}
                                editable={editable}
                                onChanged={refresh}
                              />
                              {editable && (
                                <CostForm
                                  productId={product.id}
                                  datesTaken={new Set(history.map((row) => row.effectiveFrom))}
                                  onSaved={refresh}
                                />
                              )}
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {shown.length === 0 && (
              <p className="muted">
                {products.length === 0
                  ? t("settingsData.links.noProducts")
                  : t("settingsData.links.noMatch")}
              </p>
            )}
            {shown.length > limit && (
              <button type="button" className="button" onClick={() => setLimit(limit + PAGE)}>
                {t("settingsData.showMore", { count: Math.min(PAGE, shown.length - limit) })}
              </button>
            )}
          </>
        )}
      </AsyncView>
    </section>
  );
}
