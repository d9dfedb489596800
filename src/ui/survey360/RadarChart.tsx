/**
 * A radar chart of a person's 360 result against their self-assessment (Chart.js, loaded only when
 * shown). A suppressed competency has no point for others. The canvas carries a text summary; the
 * same numbers are in the table beside it for screen readers.
 */
import { createChart } from '../shared/chart-lifecycle';

export interface RadarSeries {
  readonly label: string;
  /** On the answer scale; null where nothing may be shown. */
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

export function RadarChart(props: {
  labels: readonly string[];
  series: readonly RadarSeries[];
  scale: { min: number; max: number };
  summary: string;
}) {
  let canvas!: HTMLCanvasElement;
  const data = () => ({
    labels: [...props.labels],
    datasets: props.series.map((s) => ({
      label: s.label,
      data: [...s.values],
      borderColor: s.colour,
      backgroundColor: `${s.colour}33`,
      pointBackgroundColor: s.colour,
      spanGaps: false,
    })),
  });
  createChart(({ Chart: ChartJs, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip }) => {
    ChartJs.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
    return new ChartJs<'radar', (number | null)[], string>(canvas, {
      type: 'radar',
      data: data(),
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { r: { min: props.scale.min - 1, max: props.scale.max, ticks: { stepSize: 1 } } },
      },
    });
  }, data);
  return (
    <div class="chart-box radar-box">
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
