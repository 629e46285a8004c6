import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartOptions,
  Decimation,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type TooltipItem,
} from "chart.js";
import { Bar, Line } from "react-chartjs-2";
import { formatByUnit, formatMoney, formatMoneyCompact } from "../lib/format.ts";
import { axisLabel, type ChartData, tickStep } from "./series.ts";
import type { WaterfallBar } from "./waterfall.ts";

// The one module that imports chart.js: pages hand it ChartData built by pure functions. Pages
// load it through charts/lazy-chart.tsx, so chart.js stays out of the first paint's bundle.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Decimation,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/** Long series are thinned (LTTB) above this many points per line. */
const DECIMATE_ABOVE = 200;

function options(
  data: ChartData,
  kind: "line" | "bar",
  dark: boolean,
  fontSize: number,
  legend: boolean,
): ChartOptions<"line" | "bar"> {
  const text = dark ? "#d6dbe4" : "#646a73";
  const grid = dark ? "rgba(255,255,255,0.08)" : "#eef0f3";
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    parsing: false,
    normalized: true,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: {
        display: legend,
        position: "bottom",
        labels: { color: text, boxWidth: 12, font: { size: fontSize } },
      },
      decimation: {
        enabled: kind === "line",
        algorithm: "lttb",
        samples: DECIMATE_ABOVE,
        threshold: DECIMATE_ABOVE,
      },
      tooltip: {
        callbacks: {
          title: (items: Array<TooltipItem<"line" | "bar">>) =>
            data.labels[Math.round(items[0]?.parsed.x ?? 0)] ?? "",
          label: (item: TooltipItem<"line" | "bar">) =>
            `${item.dataset.label ?? ""}: ${formatByUnit(data.unit, item.parsed.y)}`,
        },
      },
    },
    scales: {
      x: {
        type: "linear",
        min: 0,
        max: Math.max(0, data.labels.length - 1),
        offset: kind === "bar",
        stacked: data.stacked === true,
        grid: { display: false },
        ticks: {
          color: text,
          font: { size: fontSize },
          // A whole step, so every tick lands on a label (fractional ticks would show blank).
          stepSize: tickStep(data.labels.length),
          // No extra tick at the last index: it would print over the stepped one before it.
          includeBounds: false,
          autoSkip: true,
          callback: (value) => axisLabel(data, Number(value)),
        },
      },
      y: {
        beginAtZero: true,
        // An all-zero series (a quiet morning) still gets a readable ¥0–¥1 or 0–5 axis.
        suggestedMax: data.unit === "fen" ? 100 : data.unit === "count" ? 5 : undefined,
        stacked: data.stacked === true,
        grid: { color: grid },
        ticks: {
          color: text,
          // Fen and counts are whole: no "¥0.01" steps between them.
          precision: data.unit === "fen" || data.unit === "count" ? 0 : undefined,
          font: { size: fontSize },
          callback: (value) => formatByUnit(data.unit, Number(value)),
        },
      },
    },
  };
}

export interface ChartProps {
  data: ChartData;
  kind?: "line" | "bar";
  /** Accessible description (the chart itself is an image to screen readers). */
  label: string;
  height?: number;
  dark?: boolean;
  /** Axis and legend text in px (a wall display reads from across a room). */
  fontSize?: number;
  /** False when the page draws its own legend. */
  legend?: boolean;
}

/** A daily trend as lines or (stacked) bars; numbers in tooltips formatted like the cards. */
export function TrendChart({
  data,
  kind = "line",
  label,
  height = 260,
  dark = false,
  fontSize = 12,
  legend = true,
}: ChartProps) {
  const datasets = data.series.map((s) => ({
    label: s.label,
    data: s.points,
    borderColor: s.color,
    backgroundColor: kind === "bar" ? s.color : `${s.color}22`,
    borderWidth: kind === "bar" ? 0 : 2,
    pointRadius: s.points.length > 60 ? 0 : 2,
    tension: 0.2,
    fill: false,
    spanGaps: false,
  }));
  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      {kind === "bar" ? (
        <Bar
          data={{ datasets }}
          options={options(data, "bar", dark, fontSize, legend) as ChartOptions<"bar">}
        />
      ) : (
        <Line
          data={{ datasets }}
          options={options(data, "line", dark, fontSize, legend) as ChartOptions<"line">}
        />
      )}
    </div>
  );
}

export interface WaterfallChartProps {
  /** Floating bars in fen, built by charts/waterfall.ts `waterfallBars`. */
  bars: WaterfallBar[];
  /** Accessible description (the chart itself is an image to screen readers). */
  label: string;
  /** Tooltip line for the running total after a change, e.g. "累计". */
  runningLabel: string;
  height?: number;
  dark?: boolean;
}

/** A waterfall of money steps as floating bars; tooltips give the signed change in ¥. */
export function WaterfallChart({
  bars,
  label,
  runningLabel,
  height = 300,
  dark = false,
}: WaterfallChartProps) {
  const text = dark ? "#d6dbe4" : "#646a73";
  const grid = dark ? "rgba(255,255,255,0.08)" : "#eef0f3";
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {
      legend: { display: false },
      tooltip: {
        callbacks: {
          label: (item: TooltipItem<"bar">) => {
            const bar = bars[item.dataIndex];
            if (!bar) return "";
            const change = formatMoney(bar.amount);
            return bar.kind === "total"
              ? change
              : [change, `${runningLabel}: ${formatMoney(bar.range[1])}`];
          },
        },
      },
    },
    scales: {
      x: {
        grid: { display: false },
        ticks: { color: text, autoSkip: false, maxRotation: 0 },
      },
      y: {
        beginAtZero: true,
        grid: { color: grid },
        ticks: { color: text, callback: (value) => formatMoneyCompact(Math.round(Number(value))) },
      },
    },
  };
  const data = {
    labels: bars.map((b) => b.label),
    datasets: [
      {
        label,
        data: bars.map((b) => b.range),
        backgroundColor: bars.map((b) => b.color),
        borderWidth: 0,
        borderSkipped: false,
        minBarLength: 2,
      },
    ],
  };
  return (
    <div className="chart" style={{ height }} role="img" aria-label={label}>
      <Bar data={data} options={options} />
    </div>
  );
}
