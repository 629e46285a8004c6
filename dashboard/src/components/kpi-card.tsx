import type { Compared } from "@tongshu/shared";
import type { SeriesUnit } from "../charts/series.ts";
import { useI18n } from "../i18n/i18n-context.tsx";
import { formatByUnit, formatChange } from "../lib/format.ts";

/** ▲ / ▼ with the sign in text too (colour is not the only cue). Red is up, as in 生意参谋. */
export function ChangeBadge({ change, label }: { change: number | null; label: string }) {
  const direction = change === null || change === 0 ? "flat" : change > 0 ? "up" : "down";
  return (
    <span className={`change change--${direction}`} data-change={change ?? ""}>
      <span className="change__label">{label}</span>
      <span className="change__value">
        {direction === "up" ? "▲ " : direction === "down" ? "▼ " : ""}
        {formatChange(change)}
      </span>
    </span>
  );
}

interface KpiCardProps {
  id: string;
  label: string;
  figure: Compared;
  unit: SeriesUnit;
  note?: string;
}

/** A headline figure with 环比 and 同比, formatted like every table and tooltip. */
export function KpiCard({ id, label, figure, unit, note }: KpiCardProps) {
  const { t } = useI18n();
  return (
    <div className="kpi-card" data-testid={`kpi-${id}`} data-value={figure.value ?? ""}>
      <div className="kpi-card__label">{label}</div>
      <div className="kpi-card__value">{formatByUnit(unit, figure.value)}</div>
      <div className="kpi-card__changes">
        <ChangeBadge change={figure.vsPrevious} label={t("kpi.vsPrevious")} />
        <ChangeBadge change={figure.vsLastYear} label={t("kpi.vsLastYear")} />
      </div>
      {note ? <div className="kpi-card__note muted">{note}</div> : null}
    </div>
  );
}
