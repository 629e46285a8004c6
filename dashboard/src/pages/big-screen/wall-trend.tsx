import type { LiveReport } from "@tongshu/shared";
import { useEffect, useRef, useState } from "react";
import { TrendChart } from "../../charts/lazy-chart.tsx";
import { useSearchParam } from "../../filters/use-report-filter.ts";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { hourlyTrend, TREND_COLORS } from "./big-screen-data.ts";

const VIEWS = ["hourly", "cumulative"] as const;

/** The box's height as layout gives it (the chart takes a number; CSS decides the space). */
function useBoxHeight(fallback: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(fallback);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.height ?? 0);
      if (next > 0) setHeight(next);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return [ref, height] as const;
}

/** Today against yesterday by hour (or cumulative, kept in the URL as ?trend=cumulative). */
export function WallTrend({ report }: { report: LiveReport }) {
  const { t } = useI18n();
  const [box, height] = useBoxHeight(320);
  const [view, setView] = useSearchParam("trend", "hourly");
  const cumulative = view === "cumulative";
  const names = { today: t("bigScreen.trend.today"), yesterday: t("bigScreen.trend.yesterday") };
  return (
    <section className="bs-panel bs-trend" aria-labelledby="bs-trend-title">
      <div className="bs-panel__head">
        <h2 className="bs-panel__title" id="bs-trend-title">
          {t("bigScreen.trend.title")}
        </h2>
        {/* The chart's own legend is small: this one reads from across the room. */}
        <ul className="bs-legend" aria-hidden="true">
          <li style={{ color: TREND_COLORS.today }}>{names.today}</li>
          <li style={{ color: TREND_COLORS.yesterday }}>{names.yesterday}</li>
        </ul>
        <fieldset className="bs-toggle">
          <legend className="visually-hidden">{t("bigScreen.trend.title")}</legend>
          {VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              className="bs-toggle__button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
            >
              {t(`bigScreen.trend.${v}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <div className="bs-trend__canvas" ref={box}>
        <TrendChart
          dark
          fontSize={18}
          legend={false}
          height={height}
          label={t(cumulative ? "bigScreen.trend.cumulativeLabel" : "bigScreen.trend.label")}
          data={hourlyTrend(report, cumulative, names)}
        />
      </div>
    </section>
  );
}
