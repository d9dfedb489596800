/** A Chart.js chart's life in a Solid component: the library loaded when first shown, the data followed, destroyed with the component. */
import { createEffect, onCleanup, onMount } from 'solid-js';
import type * as ChartLib from 'chart.js';
import type { Chart, ChartData, ChartType } from 'chart.js';

export function createChart<TType extends ChartType, TData, TLabel>(
  create: (lib: typeof ChartLib) => Chart<TType, TData, TLabel>,
  data: () => ChartData<TType, TData, TLabel>,
  onReady?: () => void,
): void {
  let chart: Chart<TType, TData, TLabel> | undefined;
  onMount(async () => {
    chart = create(await import('chart.js'));
    onReady?.();
  });
  createEffect(() => {
    const next = data();
    if (!chart) return;
    chart.data = next;
    chart.update();
  });
  onCleanup(() => chart?.destroy());
}
