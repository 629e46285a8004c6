import { lazy, Suspense } from "react";
import type { ChartProps, WaterfallChartProps } from "./chart.tsx";

// chart.js is the largest part of the dashboard: it loads after the first paint, so KPI cards
// and tables show while the charts arrive, and pages without charts never load it.
const load = () => import("./chart.tsx");
const LazyTrend = lazy(() => load().then((m) => ({ default: m.TrendChart })));
const LazyWaterfall = lazy(() => load().then((m) => ({ default: m.WaterfallChart })));

/** Holds the chart's height while chart.js loads, so nothing jumps. */
function ChartSpace({ height, label }: { height: number; label: string }) {
  return <div className="chart" style={{ height }} role="img" aria-label={label} aria-busy />;
}

export function TrendChart(props: ChartProps) {
  return (
    <Suspense fallback={<ChartSpace height={props.height ?? 260} label={props.label} />}>
      <LazyTrend {...props} />
    </Suspense>
  );
}

export function WaterfallChart(props: WaterfallChartProps) {
  return (
    <Suspense fallback={<ChartSpace height={props.height ?? 300} label={props.label} />}>
      <LazyWaterfall {...props} />
    </Suspense>
  );
}
