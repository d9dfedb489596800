/**
 * A stacked bar chart of grades per unit (Chart.js, loaded only when a chart is shown). The canvas
 * carries a text summary; the same numbers are in a table beside it for screen readers.
 */
import { createSignal, Show } from 'solid-js';
import type { GradeId } from '../../domain';
import { useApp } from '../app/app-state';
import { createChart } from '../shared/chart-lifecycle';

export interface ChartSeries {
  readonly label: string;
  readonly counts: Readonly<Partial<Record<GradeId, number>>>;
}

const ORDER: readonly GradeId[] = ['excellent', 'effective', 'proper', 'satisfactory', 'unsatisfactory'];
const COLOURS: Readonly<Record<GradeId, string>> = {
  excellent: '#0f5132',
  effective: '#2e8b57',
  proper: '#1d4f73',
  satisfactory: '#b7791f',
  unsatisfactory: '#a1121b',
};

export function GradeChart(props: { series: readonly ChartSeries[]; summary: string }) {
  const app = useApp();
  const [loading, setLoading] = createSignal(true);
  let canvas!: HTMLCanvasElement;

  const data = () => ({
    labels: props.series.map((s) => s.label),
    datasets: ORDER.filter((g) => props.series.some((s) => (s.counts[g] ?? 0) > 0)).map((g) => ({
      label: app.i18n.t(`grades.${g}`),
      data: props.series.map((s) => s.counts[g] ?? 0),
      backgroundColor: COLOURS[g],
    })),
  });

  createChart(
    ({ Chart: ChartJs, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
      ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
      return new ChartJs<'bar', number[], string>(canvas, {
        type: 'bar',
        data: data(),
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } },
        },
      });
    },
    data,
    () => setLoading(false),
  );

  return (
    <div class="chart-box">
      <Show when={loading()}>
        <p class="muted">{app.i18n.t('overview.loadingChart')}</p>
      </Show>
      <canvas ref={canvas} role="img" aria-label={props.summary} />
    </div>
  );
}
