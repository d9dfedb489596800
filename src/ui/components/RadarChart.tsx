/**
 * A radar chart of a person's 360 result against their self-assessment (Chart.js, loaded only when
 * shown). A suppressed competency has no point for others. The canvas carries a text summary; the
 * same numbers are in the table beside it for screen readers.
 */
import { createEffect, onCleanup, onMount } from 'solid-js';
import type { Chart } from 'chart.js';

export interface RadarSeries {
  readonly label: string;
  /** On the answer scale; null where nothing may be shown. */
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

export function RadarChart(props: { labels: readonly string[]; series: readonly RadarSeries[]; scale: { min: number; max: number }; summary: string }) {
  let canvas!: HTMLCanvasElement;
  let chart: Chart<'radar', (number | null)[], string> | undefined;
  const data = () => ({
    labels: [...props.labels],
    datasets: props.series.map((s) => ({ label: s.label, data: [...s.values], borderColor: s.colour, backgroundColor: `${s.colour}33`, pointBackgroundColor: s.colour, spanGaps: false })),
  });
  onMount(async () => {
    const { Chart: ChartJs, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip } = await import('chart.js');
    ChartJs.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
    chart = new ChartJs(canvas, {
      type: 'radar',
      data: data(),
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { r: { min: props.scale.min - 1, max: props.scale.max, ticks: { stepSize: 1 } } } },
    });
  });
  createEffect(() => {
    const next = data();
    if (!chart) return;
    chart.data = next;
    chart.update();
  });
  onCleanup(() => chart?.destroy());
  return (
    <div class="chart-box radar-box">
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
