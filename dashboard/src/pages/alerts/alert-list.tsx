import { EmptyState } from "../../components/empty-state.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { type AlertFilter, matchesSeverity } from "./alert-filters.ts";
import { AlertItem } from "./alert-item.tsx";
import type { AlertList as List } from "./use-alert-list.ts";

interface AlertListProps {
  list: List;
  filter: AlertFilter;
  canChange: boolean;
  canEvaluate: boolean;
}

/** The loaded alerts of the chosen severity, newest first, and "load more" while there are more. */
export function AlertList({ list, filter, canChange, canEvaluate }: AlertListProps) {
  const { t } = useI18n();
  const shown = list.rows.filter((a) => matchesSeverity(a, filter.severity));
  const hidden = list.rows.length - shown.length;
  if (shown.length === 0 && list.nextOffset === null) {
    const unfiltered =
      filter.rule === "all" &&
      filter.severity === "all" &&
      filter.platforms.length === 0 &&
      filter.shops.length === 0;
    return (
      <EmptyState variant="no-alerts" title={t("alerts.empty.title")}>
        <p>
          {unfiltered && filter.state === "open"
            ? t("alerts.empty.open")
            : t("alerts.empty.filtered")}
        </p>
        {canEvaluate ? <p>{t("alerts.empty.canEvaluate")}</p> : null}
      </EmptyState>
    );
  }
  return (
    <section className="alert-results" aria-label={t("alerts.list.label")}>
      <p className="muted alert-results__count" data-testid="alerts-shown">
        {t("alerts.list.shown", { shown: formatCount(shown.length) })}
        {hidden > 0 ? ` ${t("alerts.list.hiddenBySeverity", { count: formatCount(hidden) })}` : ""}
      </p>
      <ul className="alert-list" data-testid="alert-list">
        {shown.map((alert) => (
          <AlertItem
            key={alert.id}
            alert={alert}
            onAction={canChange ? list.act : null}
            feedback={list.feedback[alert.id]}
          />
        ))}
      </ul>
      {list.nextOffset !== null ? (
        <div className="alert-results__more">
          <button
            type="button"
            className="button"
            onClick={list.loadMore}
            disabled={list.loadingMore}
            data-testid="alerts-more"
          >
            {list.loadingMore ? t("alerts.loadingMore") : t("alerts.loadMore")}
          </button>
          {list.loadMoreError ? (
            <span className="form-error" role="alert">
              {t("alerts.loadMoreFailed", {
                reason: t(list.loadMoreError.key, list.loadMoreError.params),
              })}
            </span>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
