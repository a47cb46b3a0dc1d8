import { useEffect, useRef } from 'preact/hooks';
import type { ChartOption } from '@vigil/shared/charts/report-charts';

/** One ECharts chart; the library arrives on first use (lazy chunk) and the chart follows its box's size. */
export function Chart({ option, height = 280, testId }: { option: ChartOption; height?: number; testId: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let stop = () => {};
    void import('./echarts-setup.ts').then(({ echarts }) => {
      if (disposed || !box.current) return;
      const chart = echarts.init(box.current, null, { renderer: 'canvas' });
      chart.setOption(option);
      box.current.dataset.drawn = 'true';
      const resize = new ResizeObserver(() => chart.resize());
      resize.observe(box.current);
      stop = () => {
        resize.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      stop();
    };
  }, [option]);
  return <div ref={box} class="chart" style={{ height: `${height}px` }} data-testid={testId} />;
}
