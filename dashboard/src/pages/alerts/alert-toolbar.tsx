import { ALERT_RULE_IDS, type AlertSeverity, type AlertState } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import {
  type AlertFilter,
  type RuleFilter,
  SEVERITIES,
  type SeverityFilter,
  STATE_FILTERS,
  type StateFilter,
} from "./alert-filters.ts";

interface AlertToolbarProps {
  filter: AlertFilter;
  onState: (state: StateFilter) => void;
  onSeverity: (severity: SeverityFilter) => void;
  onRule: (rule: RuleFilter) => void;
  /** Per state under the other filters (from the API); null while loading. */
  stateCounts: Record<AlertState, number> | null;
  /** Per severity among the loaded rows; null while loading. */
  severityCounts: Record<AlertSeverity, number> | null;
}

function stateCount(counts: Record<AlertState, number>, state: StateFilter): number {
  if (state === "open") return counts.new + counts.seen;
  if (state === "all") return counts.new + counts.seen + counts.resolved;
  return counts[state];
}

/** State, severity and rule filters; the chips carry the counts once the list has loaded. */
export function AlertToolbar(props: AlertToolbarProps) {
  const { t } = useI18n();
  const { filter, stateCounts, severityCounts } = props;
  const count = (n: number | undefined) =>
    n === undefined ? null : <span className="chip__count">{formatCount(n)}</span>;
  return (
    <div className="alerts-toolbar" data-testid="alert-filters">
      <fieldset className="filter-bar__group">
        <legend className="alerts-toolbar__legend">{t("alerts.filter.state")}</legend>
        {STATE_FILTERS.map((state) => (
          <button
            key={state}
            type="button"
            className="chip"
            aria-pressed={filter.state === state}
            data-state-filter={state}
            onClick={() => props.onState(state)}
          >
            {t(`alerts.state.${state}`)}
            {count(stateCounts ? stateCount(stateCounts, state) : undefined)}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-bar__group">
        <legend className="alerts-toolbar__legend">{t("alerts.filter.severity")}</legend>
        {(["all", ...SEVERITIES] as const).map((severity) => (
          <button
            key={severity}
            type="button"
            className={`chip chip--${severity}`}
            aria-pressed={filter.severity === severity}
            data-severity-filter={severity}
            onClick={() => props.onSeverity(severity)}
          >
            {t(`alerts.severity.${severity}`)}
            {severity === "all" ? null : count(severityCounts?.[severity])}
          </button>
        ))}
      </fieldset>
      <label className="alerts-toolbar__rule">
        <span className="alerts-toolbar__legend">{t("alerts.filter.rule")}</span>
        <select
          value={filter.rule}
          onChange={(event) => props.onRule(event.target.value as RuleFilter)}
          data-testid="alert-rule-filter"
        >
          <option value="all">{t("alerts.rule.all")}</option>
          {ALERT_RULE_IDS.map((rule) => (
            <option key={rule} value={rule}>
              {t(`alerts.rule.${rule}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
