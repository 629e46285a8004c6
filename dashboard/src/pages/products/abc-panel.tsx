import { ABC_BOUNDS, type AbcClass } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount, formatMoney, formatPercent } from "../../lib/format.ts";
import type { AbcClassSummary } from "./abc-summary.ts";

interface AbcPanelProps {
  classes: AbcClassSummary[];
  selected: AbcClass | null;
  onSelect: (abc: AbcClass | null) => void;
}

/**
 * ABC (Pareto) section: each class's products and share of sales as a bar. Each class is a
 * toggle button that narrows the ranking to it (the choice lives in the URL).
 */
export function AbcPanel({ classes, selected, onSelect }: AbcPanelProps) {
  const { t } = useI18n();
  return (
    <section className="panel abc-panel" aria-labelledby="abc-title" data-testid="abc-panel">
      <div className="abc-panel__head">
        <h2 className="section__title" id="abc-title">
          {t("products.abc.title")}
        </h2>
        {selected ? (
          <button type="button" className="button button--link" onClick={() => onSelect(null)}>
            {t("products.abc.showAll")}
          </button>
        ) : null}
      </div>
      <p className="section__intro abc-panel__intro">
        {t("products.abc.intro", { a: ABC_BOUNDS.a, b: ABC_BOUNDS.b })}
      </p>
      <fieldset className="abc-panel__rows">
        <legend className="visually-hidden">{t("products.abc.filterLabel")}</legend>
        {classes.map((c) => (
          <button
            key={c.abc}
            type="button"
            className="abc-row"
            aria-pressed={selected === c.abc}
            onClick={() => onSelect(selected === c.abc ? null : c.abc)}
            data-testid={`abc-${c.abc}`}
            data-products={c.products}
            data-paid={c.paidFen}
          >
            <span className="abc-row__label">
              <span className={`abc-badge abc-badge--${c.abc}`}>{c.abc}</span>
              {t("products.abc.class", { abc: c.abc })}
            </span>
            <span className="abc-row__bars" aria-hidden="true">
              <span className="abc-row__track">
                <span
                  className={`abc-row__fill abc-row__fill--${c.abc}`}
                  style={{ width: `${Math.round((c.paidShare ?? 0) * 1000) / 10}%` }}
                />
              </span>
              <span className="abc-row__track abc-row__track--thin">
                <span
                  className="abc-row__fill abc-row__fill--count"
                  style={{ width: `${Math.round((c.productShare ?? 0) * 1000) / 10}%` }}
                />
              </span>
            </span>
            <span className="abc-row__figures">
              <span className="abc-row__main">
                {t("products.abc.paidShare", { share: formatPercent(c.paidShare, 1) })} ·{" "}
                {formatMoney(c.paidFen)}
              </span>
              <span className="abc-row__sub">
                {t("products.abc.products", {
                  count: formatCount(c.products),
                  share: formatPercent(c.productShare, 1),
                })}
              </span>
            </span>
          </button>
        ))}
      </fieldset>
      <p className="abc-panel__legend">
        <span className="abc-panel__key">
          <span className="abc-panel__swatch" aria-hidden="true" />
          {t("products.abc.legendPaid")}
        </span>
        <span className="abc-panel__key">
          <span className="abc-panel__swatch abc-panel__swatch--thin" aria-hidden="true" />
          {t("products.abc.legendCount")}
        </span>
      </p>
    </section>
  );
}
